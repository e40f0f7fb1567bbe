#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct VerificationPollRequest {
    /// Verification request Id
    #[serde(rename = "requestId")]
    pub request_id: String,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl VerificationPollRequest {
    /// Builds a `VerificationPollRequest` from its required fields; the others are unset.
    pub fn new(request_id: impl Into<String>) -> Self {
        Self {
            request_id: request_id.into(),
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit for VerificationPollRequest {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
