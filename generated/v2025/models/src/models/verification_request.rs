/// Request body for POST /ssf/streams/verify (receiver verification).
#[derive(Debug, Clone, PartialEq)]
pub struct VerificationRequest {
    /// Stream ID for verification.
    pub stream_id: String,
    /// Optional state value for verification challenge.
    pub state: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl VerificationRequest {
    /// Builds a `VerificationRequest` from its required fields; the others are unset.
    pub fn new(stream_id: impl Into<String>) -> Self {
        Self {
            stream_id: stream_id.into(),
            state: None,
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::setters!(VerificationRequest {
    state: optional::<String>(state),
});
crate::serde_helpers::serde_struct!(VerificationRequest {
    stream_id: required("stream_id"),
    state: optional("state"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for VerificationRequest {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
