/// Input Object
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListMachineAccountMappingsResponseItemTransformDefinitionAttributesInput {
    /// The Type of Attribute
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    /// Attibute Mapping Object
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attributes: Option<
        crate::ListMachineAccountMappingsResponseItemTransformDefinitionAttributesInputAttributes,
    >,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl ListMachineAccountMappingsResponseItemTransformDefinitionAttributesInput {
    /// Builds a `ListMachineAccountMappingsResponseItemTransformDefinitionAttributesInput` with every field unset.
    pub fn new() -> Self {
        Self {
            r#type: None,
            attributes: None,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit
for ListMachineAccountMappingsResponseItemTransformDefinitionAttributesInput {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.attributes, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
