/// This represents a Multi-Host Integration template type.
#[derive(Debug, Clone, PartialEq)]
pub struct MultiHostIntegrationTemplateType {
    /// This is the name of the type.
    pub name: Option<String>,
    /// This is the type value for the type.
    pub r#type: String,
    /// This is the scriptName attribute value for the type.
    pub script_name: String,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl MultiHostIntegrationTemplateType {
    /// Builds a `MultiHostIntegrationTemplateType` from its required fields; the others are unset.
    pub fn new(r#type: impl Into<String>, script_name: impl Into<String>) -> Self {
        Self {
            name: None,
            r#type: r#type.into(),
            script_name: script_name.into(),
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::setters!(MultiHostIntegrationTemplateType {
    name: optional::<String>(name),
});
crate::serde_helpers::serde_struct!(MultiHostIntegrationTemplateType {
    name: optional("name"),
    r#type: required("type"),
    script_name: required("scriptName"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for MultiHostIntegrationTemplateType {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
