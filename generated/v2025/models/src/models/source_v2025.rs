#[derive(Debug, Clone, PartialEq, Default)]
pub struct SourceV2025 {
    /// Attribute mapping type.
    pub r#type: Option<String>,
    /// Attribute mapping properties.
    pub properties: Option<::serde_json::Value>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl SourceV2025 {
    /// Builds a `SourceV2025` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(SourceV2025 {
    r#type: optional::<String>(r#type),
    properties: optional::<::serde_json::Value>(properties),
});
crate::serde_helpers::serde_struct!(SourceV2025 {
    r#type: optional("type"),
    properties: nullable("properties"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for SourceV2025 {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.properties, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
