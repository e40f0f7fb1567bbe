#[derive(Debug, Clone, PartialEq, Default)]
pub struct PasswordOrgConfig {
    /// Indicator whether custom password instructions feature is enabled. The default value is false.
    pub custom_instructions_enabled: Option<bool>,
    /// Indicator whether "digit token" feature is enabled. The default value is false.
    pub digit_token_enabled: Option<bool>,
    /// The duration of "digit token" in minutes. The default value is 5.
    pub digit_token_duration_minutes: Option<i32>,
    /// The length of "digit token". The default value is 6.
    pub digit_token_length: Option<i32>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl PasswordOrgConfig {
    /// Builds a `PasswordOrgConfig` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(PasswordOrgConfig {
    custom_instructions_enabled: optional::<bool>(custom_instructions_enabled),
    digit_token_enabled: optional::<bool>(digit_token_enabled),
    digit_token_duration_minutes: optional::<i32>(digit_token_duration_minutes),
    digit_token_length: optional::<i32>(digit_token_length),
});
crate::serde_helpers::serde_struct!(PasswordOrgConfig {
    custom_instructions_enabled: optional("customInstructionsEnabled"),
    digit_token_enabled: optional("digitTokenEnabled"),
    digit_token_duration_minutes: optional("digitTokenDurationMinutes"),
    digit_token_length: optional("digitTokenLength"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for PasswordOrgConfig {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
