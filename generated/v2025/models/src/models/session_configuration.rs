#[derive(Debug, Clone, PartialEq, Default)]
pub struct SessionConfiguration {
    /// The maximum time in minutes a session can be idle.
    pub max_idle_time: Option<i32>,
    /// Denotes if 'remember me' is enabled.
    pub remember_me: Option<bool>,
    /// The maximum allowable session time in minutes.
    pub max_session_time: Option<i32>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl SessionConfiguration {
    /// Builds a `SessionConfiguration` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(SessionConfiguration {
    max_idle_time: optional::<i32>(max_idle_time),
    remember_me: optional::<bool>(remember_me),
    max_session_time: optional::<i32>(max_session_time),
});
crate::serde_helpers::serde_struct!(SessionConfiguration {
    max_idle_time: optional("maxIdleTime"),
    remember_me: optional("rememberMe"),
    max_session_time: optional("maxSessionTime"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for SessionConfiguration {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
