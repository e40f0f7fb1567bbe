/// Targeted Entity
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListMachineAccountMappingsResponseItemTarget {
    /// The type of target entity
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<crate::ListMachineAccountMappingsResponseItemTargetType>,
    /// Name of the targeted attribute
    #[serde(rename = "attributeName", default, skip_serializing_if = "Option::is_none")]
    pub attribute_name: Option<String>,
    /// The ID of Source
    #[serde(rename = "sourceId", default, skip_serializing_if = "Option::is_none")]
    pub source_id: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl ListMachineAccountMappingsResponseItemTarget {
    /// Builds a `ListMachineAccountMappingsResponseItemTarget` with every field unset.
    pub fn new() -> Self {
        Self {
            r#type: None,
            attribute_name: None,
            source_id: None,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit for ListMachineAccountMappingsResponseItemTarget {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
