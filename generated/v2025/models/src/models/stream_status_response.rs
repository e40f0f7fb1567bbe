/// Stream status returned by GET/POST /ssf/streams/status.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct StreamStatusResponse {
    /// Stream identifier.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stream_id: Option<String>,
    /// Operational status of the stream (enabled, paused, or disabled).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<crate::StreamStatusResponseStatus>,
    /// Optional reason for the current status (e.g. set when status is updated).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl StreamStatusResponse {
    /// Builds a `StreamStatusResponse` with every field unset.
    pub fn new() -> Self {
        Self {
            stream_id: None,
            status: None,
            reason: None,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit for StreamStatusResponse {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.status, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
