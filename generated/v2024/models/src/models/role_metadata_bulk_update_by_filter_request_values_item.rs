#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct RoleMetadataBulkUpdateByFilterRequestValuesItem {
    /// the key of metadata attribute
    #[serde(rename = "attributeKey", default, skip_serializing_if = "Option::is_none")]
    pub attribute_key: Option<String>,
    /// the values of attribute to be updated
    pub values: Option<Vec<String>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl RoleMetadataBulkUpdateByFilterRequestValuesItem {
    /// Builds a `RoleMetadataBulkUpdateByFilterRequestValuesItem` from its required fields; the others are unset.
    pub fn new(values: Option<Vec<String>>) -> Self {
        Self {
            attribute_key: None,
            values,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit
for RoleMetadataBulkUpdateByFilterRequestValuesItem {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
