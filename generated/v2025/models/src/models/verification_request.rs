/// Request body for POST /ssf/streams/verify (receiver verification).
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct VerificationRequest {
    /// Stream ID for verification.
    pub stream_id: String,
    /// Optional state value for verification challenge.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub state: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl VerificationRequest {
    /// Builds a `VerificationRequest` from its required fields; the others are unset.
    pub fn new(stream_id: impl Into<String>) -> Self {
        Self {
            stream_id: stream_id.into(),
            state: None,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
    /// Sets `state`.
    pub fn state(mut self, value: impl Into<String>) -> Self {
        self.state = Some(value.into());
        self
    }
}
impl crate::serde_helpers::SchemaFit for VerificationRequest {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
