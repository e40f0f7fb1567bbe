#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct FormDefinitionDynamicSchemaRequestAttributes {
    /// FormDefinitionID is a unique guid identifying this form definition
    #[serde(
        rename = "formDefinitionId",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub form_definition_id: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl FormDefinitionDynamicSchemaRequestAttributes {
    /// Builds a `FormDefinitionDynamicSchemaRequestAttributes` with every field unset.
    pub fn new() -> Self {
        Self {
            form_definition_id: None,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit for FormDefinitionDynamicSchemaRequestAttributes {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
