/// Defines all the identity attribute mapping configurations. This defines how to generate or collect data for each identity attributes in identity refresh process.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct IdentityAttributeConfigV3 {
    /// Backend will only promote values if the profile/mapping is enabled.
    pub enabled: Option<bool>,
    pub attribute_transforms: Option<Vec<crate::IdentityAttributeTransformV3>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl IdentityAttributeConfigV3 {
    /// Builds a `IdentityAttributeConfigV3` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(IdentityAttributeConfigV3 {
    enabled: optional::<bool>(enabled),
    attribute_transforms: optional::<Vec<crate::IdentityAttributeTransformV3>>(attribute_transforms),
});
crate::serde_helpers::serde_struct!(IdentityAttributeConfigV3 {
    enabled: optional("enabled"),
    attribute_transforms: optional("attributeTransforms"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for IdentityAttributeConfigV3 {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.attribute_transforms, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
