/// Attibute Mapping Object
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListMachineAccountMappingsResponseItemTransformDefinitionAttributesInputAttributes {
    /// The name of attribute
    #[serde(rename = "attributeName", default, skip_serializing_if = "Option::is_none")]
    pub attribute_name: Option<String>,
    /// Name of the Source
    #[serde(rename = "sourceName", default, skip_serializing_if = "Option::is_none")]
    pub source_name: Option<String>,
    /// ID of the Source
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl ListMachineAccountMappingsResponseItemTransformDefinitionAttributesInputAttributes {
    /// Builds a `ListMachineAccountMappingsResponseItemTransformDefinitionAttributesInputAttributes` with every field unset.
    pub fn new() -> Self {
        Self {
            attribute_name: None,
            source_name: None,
            name: None,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit
for ListMachineAccountMappingsResponseItemTransformDefinitionAttributesInputAttributes {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
