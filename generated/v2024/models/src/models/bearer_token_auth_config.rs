/// Config required if BEARER_TOKEN authentication is used. On response, this field is set to null as to not return secrets.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct BearerTokenAuthConfig {
    /// Bearer token
    pub bearer_token: Option<Option<String>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl BearerTokenAuthConfig {
    /// Builds a `BearerTokenAuthConfig` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(BearerTokenAuthConfig {
    bearer_token: nullable::<String>(bearer_token, bearer_token_null),
});
crate::serde_helpers::serde_struct!(BearerTokenAuthConfig {
    bearer_token: nullable("bearerToken"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for BearerTokenAuthConfig {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
