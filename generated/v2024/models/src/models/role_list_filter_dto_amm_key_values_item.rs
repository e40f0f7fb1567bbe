#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct RoleListFilterDtoAmmKeyValuesItem {
    /// attribute key of a metadata.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attribute: Option<String>,
    /// A list of attribute key names to filter roles. If the values is empty, will only filter by attribute key.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub values: Option<Vec<String>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl RoleListFilterDtoAmmKeyValuesItem {
    /// Builds a `RoleListFilterDtoAmmKeyValuesItem` with every field unset.
    pub fn new() -> Self {
        Self {
            attribute: None,
            values: None,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit for RoleListFilterDtoAmmKeyValuesItem {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
