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
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl SessionConfiguration {
    /// Builds a `SessionConfiguration` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `max_idle_time`.
    pub fn max_idle_time(mut self, value: impl Into<i32>) -> Self {
        self.max_idle_time = Some(value.into());
        self
    }
    /// Sets `remember_me`.
    pub fn remember_me(mut self, value: impl Into<bool>) -> Self {
        self.remember_me = Some(value.into());
        self
    }
    /// Sets `max_session_time`.
    pub fn max_session_time(mut self, value: impl Into<i32>) -> Self {
        self.max_session_time = Some(value.into());
        self
    }
}
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
