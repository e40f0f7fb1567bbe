/// Stream status returned by GET/POST /ssf/streams/status.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct StreamStatusResponse {
    /// Stream identifier.
    pub stream_id: Option<String>,
    /// Operational status of the stream (enabled, paused, or disabled).
    pub status: Option<crate::StreamStatusResponseStatus>,
    /// Optional reason for the current status (e.g. set when status is updated).
    pub reason: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl StreamStatusResponse {
    /// Builds a `StreamStatusResponse` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(StreamStatusResponse {
    stream_id: optional::<String>(stream_id),
    status: optional::<crate::StreamStatusResponseStatus>(status),
    reason: optional::<String>(reason),
});
crate::serde_helpers::serde_struct!(StreamStatusResponse {
    stream_id: optional("stream_id"),
    status: optional("status"),
    reason: optional("reason"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for StreamStatusResponse {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.status, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// Operational status of the stream (enabled, paused, or disabled).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum StreamStatusResponseStatus {
    /// `enabled`
    Enabled,
    /// `paused`
    Paused,
    /// `disabled`
    Disabled,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl StreamStatusResponseStatus {
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
impl From<&str> for StreamStatusResponseStatus {
    fn from(value: &str) -> Self {
        match value {
            "enabled" => Self::Enabled,
            "paused" => Self::Paused,
            "disabled" => Self::Disabled,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(StreamStatusResponseStatus);
