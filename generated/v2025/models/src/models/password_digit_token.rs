#[derive(Debug, Clone, PartialEq, Default)]
pub struct PasswordDigitToken {
    /// The digit token for password management
    pub digit_token: Option<String>,
    /// The reference ID of the digit token generation request
    pub request_id: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl PasswordDigitToken {
    /// Builds a `PasswordDigitToken` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(PasswordDigitToken {
    digit_token: optional::<String>(digit_token),
    request_id: optional::<String>(request_id),
});
crate::serde_helpers::serde_struct!(PasswordDigitToken {
    digit_token: optional("digitToken"),
    request_id: optional("requestId"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for PasswordDigitToken {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
