#[derive(Debug, Clone, PartialEq, Default)]
pub struct PasswordInfoQueryDto {
    /// The login name of the user
    pub user_name: Option<String>,
    /// The display name of the source
    pub source_name: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl PasswordInfoQueryDto {
    /// Builds a `PasswordInfoQueryDto` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(PasswordInfoQueryDto {
    user_name: optional::<String>(user_name),
    source_name: optional::<String>(source_name),
});
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
