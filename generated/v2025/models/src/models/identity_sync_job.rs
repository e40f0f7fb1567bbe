#[derive(Debug, Clone, PartialEq)]
pub struct IdentitySyncJob {
    /// Job ID.
    pub id: String,
    /// The job status.
    pub status: crate::IdentitySyncJobStatus,
    /// Job payload.
    pub payload: crate::IdentitySyncPayload,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl IdentitySyncJob {
    /// Builds a `IdentitySyncJob` from its required fields; the others are unset.
    pub fn new(
        id: impl Into<String>,
        status: impl Into<crate::IdentitySyncJobStatus>,
        payload: impl Into<crate::IdentitySyncPayload>,
    ) -> Self {
        Self {
            id: id.into(),
            status: status.into(),
            payload: payload.into(),
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::serde_struct!(IdentitySyncJob {
    id: required("id"),
    status: required("status"),
    payload: required("payload"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for IdentitySyncJob {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.status, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.payload, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// The job status.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum IdentitySyncJobStatus {
    /// `QUEUED`
    Queued,
    /// `IN_PROGRESS`
    InProgress,
    /// `SUCCESS`
    Success,
    /// `ERROR`
    Error,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl IdentitySyncJobStatus {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Queued => "QUEUED",
            Self::InProgress => "IN_PROGRESS",
            Self::Success => "SUCCESS",
            Self::Error => "ERROR",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for IdentitySyncJobStatus {
    fn from(value: &str) -> Self {
        match value {
            "QUEUED" => Self::Queued,
            "IN_PROGRESS" => Self::InProgress,
            "SUCCESS" => Self::Success,
            "ERROR" => Self::Error,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(IdentitySyncJobStatus);
