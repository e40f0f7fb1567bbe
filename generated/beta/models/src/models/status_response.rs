/// Response model for connection check, configuration test and ping of source connectors.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct StatusResponse {
    /// ID of the source
    ///
    /// Read-only: set by the server.
    pub id: Option<String>,
    /// Name of the source
    ///
    /// Read-only: set by the server.
    pub name: Option<String>,
    /// The status of the health check.
    ///
    /// Read-only: set by the server.
    pub status: Option<crate::StatusResponseStatus>,
    /// The number of milliseconds spent on the entire request.
    ///
    /// Read-only: set by the server.
    pub elapsed_millis: Option<i64>,
    /// The document contains the results of the health check.
    /// The schema of this document depends on the type of source used.
    ///
    /// Read-only: set by the server.
    pub details: Option<::serde_json::Value>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl StatusResponse {
    /// Builds a `StatusResponse` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(StatusResponse {
    id: optional::<String>(id),
    name: optional::<String>(name),
    status: optional::<crate::StatusResponseStatus>(status),
    elapsed_millis: optional::<i64>(elapsed_millis),
    details: optional::<::serde_json::Value>(details),
});
crate::serde_helpers::serde_struct!(StatusResponse {
    id: optional("id"),
    name: optional("name"),
    status: optional("status"),
    elapsed_millis: optional("elapsedMillis"),
    details: nullable("details"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for StatusResponse {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.status, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.details, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// The status of the health check.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum StatusResponseStatus {
    /// `SUCCESS`
    Success,
    /// `FAILURE`
    Failure,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl StatusResponseStatus {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Success => "SUCCESS",
            Self::Failure => "FAILURE",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for StatusResponseStatus {
    fn from(value: &str) -> Self {
        match value {
            "SUCCESS" => Self::Success,
            "FAILURE" => Self::Failure,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(StatusResponseStatus);
