#[derive(Debug, Clone, PartialEq, Default)]
pub struct TransformDefinitionV3 {
    /// Transform definition type.
    pub r#type: Option<String>,
    /// Arbitrary key-value pairs to store any metadata for the object
    pub attributes: Option<::serde_json::Value>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl TransformDefinitionV3 {
    /// Builds a `TransformDefinitionV3` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(TransformDefinitionV3 {
    r#type: optional::<String>(r#type),
    attributes: optional::<::serde_json::Value>(attributes),
});
crate::serde_helpers::serde_struct!(TransformDefinitionV3 {
    r#type: optional("type"),
    attributes: nullable("attributes"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for TransformDefinitionV3 {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.attributes, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
