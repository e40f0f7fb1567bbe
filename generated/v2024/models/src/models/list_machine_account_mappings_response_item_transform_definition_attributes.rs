/// attributes object
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListMachineAccountMappingsResponseItemTransformDefinitionAttributes {
    /// Input Object
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub input: Option<
        crate::ListMachineAccountMappingsResponseItemTransformDefinitionAttributesInput,
    >,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl ListMachineAccountMappingsResponseItemTransformDefinitionAttributes {
    /// Builds a `ListMachineAccountMappingsResponseItemTransformDefinitionAttributes` with every field unset.
    pub fn new() -> Self {
        Self {
            input: None,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit
for ListMachineAccountMappingsResponseItemTransformDefinitionAttributes {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.input, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
