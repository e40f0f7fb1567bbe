#[derive(Debug, Clone, PartialEq, Default)]
pub struct AuthUserSlimResponse {
    /// Identity ID.
    pub id: Option<String>,
    /// Identity unique identifier.
    pub uid: Option<String>,
    /// Identity alias.
    pub alias: Option<String>,
    /// Identity name in display format.
    pub display_name: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl AuthUserSlimResponse {
    /// Builds a `AuthUserSlimResponse` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(AuthUserSlimResponse {
    id: optional::<String>(id),
    uid: optional::<String>(uid),
    alias: optional::<String>(alias),
    display_name: optional::<String>(display_name),
});
crate::serde_helpers::serde_struct!(AuthUserSlimResponse {
    id: optional("id"),
    uid: optional("uid"),
    alias: optional("alias"),
    display_name: optional("displayName"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for AuthUserSlimResponse {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
