/// Defines all the identity attribute mapping configurations. This defines how to generate or collect data for each identity attributes in identity refresh process.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct IdentityAttributeConfig {
    /// Backend will only promote values if the profile/mapping is enabled.
    pub enabled: Option<bool>,
    pub attribute_transforms: Option<Vec<crate::IdentityAttributeTransform>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl IdentityAttributeConfig {
    /// Builds a `IdentityAttributeConfig` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(IdentityAttributeConfig {
    enabled: optional::<bool>(enabled),
    attribute_transforms: optional::<Vec<crate::IdentityAttributeTransform>>(attribute_transforms),
});
crate::serde_helpers::serde_struct!(IdentityAttributeConfig {
    enabled: optional("enabled"),
    attribute_transforms: optional("attributeTransforms"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for IdentityAttributeConfig {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.attribute_transforms, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
