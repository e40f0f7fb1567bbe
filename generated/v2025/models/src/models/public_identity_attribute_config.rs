/// Used to map an attribute key for an Identity to its display name.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PublicIdentityAttributeConfig {
    /// The attribute key
    pub key: Option<String>,
    /// The attribute display name
    pub name: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl PublicIdentityAttributeConfig {
    /// Builds a `PublicIdentityAttributeConfig` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(PublicIdentityAttributeConfig {
    key: optional::<String>(key),
    name: optional::<String>(name),
});
crate::serde_helpers::serde_struct!(PublicIdentityAttributeConfig {
    key: optional("key"),
    name: optional("name"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for PublicIdentityAttributeConfig {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
