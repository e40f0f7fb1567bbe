#[derive(Debug, Clone, PartialEq, Default)]
pub struct LockoutConfiguration {
    /// The maximum attempts allowed before lockout occurs.
    pub maximum_attempts: Option<i32>,
    /// The total time in minutes a user will be locked out.
    pub lockout_duration: Option<i32>,
    /// A rolling window where authentication attempts in a series count towards the maximum before lockout occurs.
    pub lockout_window: Option<i32>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl LockoutConfiguration {
    /// Builds a `LockoutConfiguration` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(LockoutConfiguration {
    maximum_attempts: optional::<i32>(maximum_attempts),
    lockout_duration: optional::<i32>(lockout_duration),
    lockout_window: optional::<i32>(lockout_window),
});
crate::serde_helpers::serde_struct!(LockoutConfiguration {
    maximum_attempts: optional("maximumAttempts"),
    lockout_duration: optional("lockoutDuration"),
    lockout_window: optional("lockoutWindow"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for LockoutConfiguration {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
