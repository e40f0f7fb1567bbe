#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct FormDefinitionInput {
    /// Unique identifier for the form input.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// FormDefinitionInputType value.
    /// STRING FormDefinitionInputTypeString
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<crate::FormDefinitionInputType>,
    /// Name for the form input.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    /// Form input's description.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl FormDefinitionInput {
    /// Builds a `FormDefinitionInput` with every field unset.
    pub fn new() -> Self {
        Self {
            id: None,
            r#type: None,
            label: None,
            description: None,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit for FormDefinitionInput {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
