/// Transform definition for an identity attribute.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct IdentityAttributeTransform {
    /// Identity attribute's name.
    pub identity_attribute_name: Option<String>,
    /// Seaspray transform definition.
    pub transform_definition: Option<crate::TransformDefinition>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl IdentityAttributeTransform {
    /// Builds a `IdentityAttributeTransform` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(IdentityAttributeTransform {
    identity_attribute_name: optional::<String>(identity_attribute_name),
    transform_definition: optional::<crate::TransformDefinition>(transform_definition),
});
crate::serde_helpers::serde_struct!(IdentityAttributeTransform {
    identity_attribute_name: optional("identityAttributeName"),
    transform_definition: optional("transformDefinition"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for IdentityAttributeTransform {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.transform_definition, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
