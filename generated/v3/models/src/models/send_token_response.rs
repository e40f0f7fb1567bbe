#[derive(Debug, Clone, PartialEq, Default)]
pub struct SendTokenResponse {
    /// The token request ID
    pub request_id: Option<Option<String>>,
    /// Status of sending token
    pub status: Option<crate::SendTokenResponseStatus>,
    /// Error messages from token send request
    pub error_message: Option<Option<String>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl SendTokenResponse {
    /// Builds a `SendTokenResponse` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(SendTokenResponse {
    request_id: nullable::<String>(request_id, request_id_null),
    status: optional::<crate::SendTokenResponseStatus>(status),
    error_message: nullable::<String>(error_message, error_message_null),
});
crate::serde_helpers::serde_struct!(SendTokenResponse {
    request_id: nullable("requestId"),
    status: optional("status"),
    error_message: nullable("errorMessage"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for SendTokenResponse {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.status, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// Status of sending token
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum SendTokenResponseStatus {
    /// `SUCCESS`
    Success,
    /// `FAILED`
    Failed,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl SendTokenResponseStatus {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Success => "SUCCESS",
            Self::Failed => "FAILED",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for SendTokenResponseStatus {
    fn from(value: &str) -> Self {
        match value {
            "SUCCESS" => Self::Success,
            "FAILED" => Self::Failed,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(SendTokenResponseStatus);
