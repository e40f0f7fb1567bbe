#[derive(Debug, Clone, PartialEq)]
pub struct PasswordDigitTokenReset {
    /// The uid of the user requested for digit token
    pub user_id: String,
    /// The length of digit token. It should be from 6 to 18, inclusive. The default value is 6.
    pub length: Option<i64>,
    /// The time to live for the digit token in minutes. The default value is 5 minutes.
    pub duration_minutes: Option<i64>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl PasswordDigitTokenReset {
    /// Builds a `PasswordDigitTokenReset` from its required fields; the others are unset.
    pub fn new(user_id: impl Into<String>) -> Self {
        Self {
            user_id: user_id.into(),
            length: None,
            duration_minutes: None,
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::setters!(PasswordDigitTokenReset {
    length: optional::<i64>(length),
    duration_minutes: optional::<i64>(duration_minutes),
});
crate::serde_helpers::serde_struct!(PasswordDigitTokenReset {
    user_id: required("userId"),
    length: optional("length"),
    duration_minutes: optional("durationMinutes"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for PasswordDigitTokenReset {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
