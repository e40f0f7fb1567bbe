#[derive(Debug, Clone, PartialEq)]
pub struct VerificationPollRequest {
    /// Verification request Id
    pub request_id: String,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl VerificationPollRequest {
    /// Builds a `VerificationPollRequest` from its required fields; the others are unset.
    pub fn new(request_id: impl Into<String>) -> Self {
        Self {
            request_id: request_id.into(),
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::serde_struct!(VerificationPollRequest {
    request_id: required("requestId"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for VerificationPollRequest {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
