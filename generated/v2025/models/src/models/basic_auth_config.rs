/// Config required if BASIC_AUTH is used.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct BasicAuthConfig {
    /// The username to authenticate.
    pub user_name: Option<String>,
    /// The password to authenticate. On response, this field is set to null as to not return secrets.
    pub password: Option<Option<String>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl BasicAuthConfig {
    /// Builds a `BasicAuthConfig` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(BasicAuthConfig {
    user_name: optional::<String>(user_name),
    password: nullable::<String>(password, password_null),
});
crate::serde_helpers::serde_struct!(BasicAuthConfig {
    user_name: optional("userName"),
    password: nullable("password"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for BasicAuthConfig {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
