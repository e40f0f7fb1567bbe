#[derive(Debug, Clone, PartialEq)]
pub struct OktaVerificationRequest {
    /// User identifier for Verification request. The value of the user's attribute.
    pub user_id: String,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl OktaVerificationRequest {
    /// Builds a `OktaVerificationRequest` from its required fields; the others are unset.
    pub fn new(user_id: impl Into<String>) -> Self {
        Self {
            user_id: user_id.into(),
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::serde_struct!(OktaVerificationRequest {
    user_id: required("userId"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for OktaVerificationRequest {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
