#[derive(Debug, Clone, PartialEq, Default)]
pub struct PasswordInfoQueryDto {
    /// The login name of the user
    pub user_name: Option<String>,
    /// The display name of the source
    pub source_name: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl PasswordInfoQueryDto {
    /// Builds a `PasswordInfoQueryDto` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `user_name`.
    pub fn user_name(mut self, value: impl Into<String>) -> Self {
        self.user_name = Some(value.into());
        self
    }
    /// Sets `source_name`.
    pub fn source_name(mut self, value: impl Into<String>) -> Self {
        self.source_name = Some(value.into());
        self
    }
}
crate::serde_helpers::serde_struct!(PasswordInfoQueryDto {
    user_name: optional("userName"),
    source_name: optional("sourceName"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for PasswordInfoQueryDto {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
