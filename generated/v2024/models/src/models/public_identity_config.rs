/// Details of up to 5 Identity attributes that will be publicly accessible for all Identities to anyone in the org.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PublicIdentityConfig {
    /// Up to 5 identity attributes that will be available to everyone in the org for all users in the org.
    pub attributes: Option<Vec<crate::PublicIdentityAttributeConfig>>,
    /// When this configuration was last modified.
    pub modified: Option<Option<crate::primitives::DateTime>>,
    /// The identity who last modified this configuration.
    pub modified_by: Option<Option<crate::IdentityReference>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl PublicIdentityConfig {
    /// Builds a `PublicIdentityConfig` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(PublicIdentityConfig {
    attributes: optional::<Vec<crate::PublicIdentityAttributeConfig>>(attributes),
    modified: nullable::<crate::primitives::DateTime>(modified, modified_null),
    modified_by: nullable::<crate::IdentityReference>(modified_by, modified_by_null),
});
crate::serde_helpers::serde_struct!(PublicIdentityConfig {
    attributes: optional("attributes"),
    modified: nullable("modified"),
    modified_by: nullable("modifiedBy"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for PublicIdentityConfig {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.attributes, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.modified_by, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
