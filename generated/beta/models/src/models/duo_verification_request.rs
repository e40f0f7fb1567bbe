#[derive(Debug, Clone, PartialEq)]
pub struct DuoVerificationRequest {
    /// User id for Verification request.
    pub user_id: String,
    /// User id for Verification request.
    pub signed_response: String,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl DuoVerificationRequest {
    /// Builds a `DuoVerificationRequest` from its required fields; the others are unset.
    pub fn new(user_id: impl Into<String>, signed_response: impl Into<String>) -> Self {
        Self {
            user_id: user_id.into(),
            signed_response: signed_response.into(),
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::serde_struct!(DuoVerificationRequest {
    user_id: required("userId"),
    signed_response: required("signedResponse"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for DuoVerificationRequest {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
