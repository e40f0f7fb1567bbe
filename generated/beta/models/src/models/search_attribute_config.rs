#[derive(Debug, Clone, PartialEq, Default)]
pub struct SearchAttributeConfig {
    /// Name of the new attribute
    pub name: Option<String>,
    /// The display name of the new attribute
    pub display_name: Option<String>,
    /// Map of application id and their associated attribute.
    pub application_attributes: Option<::serde_json::Value>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl SearchAttributeConfig {
    /// Builds a `SearchAttributeConfig` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(SearchAttributeConfig {
    name: optional::<String>(name),
    display_name: optional::<String>(display_name),
    application_attributes: optional::<::serde_json::Value>(application_attributes),
});
crate::serde_helpers::serde_struct!(SearchAttributeConfig {
    name: optional("name"),
    display_name: optional("displayName"),
    application_attributes: nullable("applicationAttributes"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for SearchAttributeConfig {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.application_attributes, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
