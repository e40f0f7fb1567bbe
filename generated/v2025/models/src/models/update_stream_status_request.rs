/// Request body for POST /ssf/streams/status.
#[derive(Debug, Clone, PartialEq)]
pub struct UpdateStreamStatusRequest {
    /// ID of the stream whose status to update.
    pub stream_id: String,
    /// Desired stream status.
    pub status: crate::UpdateStreamStatusRequestStatus,
    /// Optional reason for the status change.
    pub reason: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl UpdateStreamStatusRequest {
    /// Builds a `UpdateStreamStatusRequest` from its required fields; the others are unset.
    pub fn new(
        stream_id: impl Into<String>,
        status: impl Into<crate::UpdateStreamStatusRequestStatus>,
    ) -> Self {
        Self {
            stream_id: stream_id.into(),
            status: status.into(),
            reason: None,
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::setters!(UpdateStreamStatusRequest {
    reason: optional::<String>(reason),
});
crate::serde_helpers::serde_struct!(UpdateStreamStatusRequest {
    stream_id: required("stream_id"),
    status: required("status"),
    reason: optional("reason"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for UpdateStreamStatusRequest {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.status, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// Desired stream status.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum UpdateStreamStatusRequestStatus {
    /// `enabled`
    Enabled,
    /// `paused`
    Paused,
    /// `disabled`
    Disabled,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl UpdateStreamStatusRequestStatus {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Enabled => "enabled",
            Self::Paused => "paused",
            Self::Disabled => "disabled",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for UpdateStreamStatusRequestStatus {
    fn from(value: &str) -> Self {
        match value {
            "enabled" => Self::Enabled,
            "paused" => Self::Paused,
            "disabled" => Self::Disabled,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(UpdateStreamStatusRequestStatus);
