#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListMachineAccountMappingsResponseItem {
    /// Targeted Entity
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target: Option<crate::ListMachineAccountMappingsResponseItemTarget>,
    #[serde(
        rename = "transformDefinition",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub transform_definition: Option<
        crate::ListMachineAccountMappingsResponseItemTransformDefinition,
    >,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl ListMachineAccountMappingsResponseItem {
    /// Builds a `ListMachineAccountMappingsResponseItem` with every field unset.
    pub fn new() -> Self {
        Self {
            target: None,
            transform_definition: None,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit for ListMachineAccountMappingsResponseItem {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.target, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.transform_definition, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
