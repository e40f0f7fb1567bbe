#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct LoadEntitlementTaskReturnsItem {
    /// The display label for the return value
    #[serde(rename = "displayLabel", default, skip_serializing_if = "Option::is_none")]
    pub display_label: Option<String>,
    /// The attribute name for the return value
    #[serde(rename = "attributeName", default, skip_serializing_if = "Option::is_none")]
    pub attribute_name: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl LoadEntitlementTaskReturnsItem {
    /// Builds a `LoadEntitlementTaskReturnsItem` with every field unset.
    pub fn new() -> Self {
        Self {
            display_label: None,
            attribute_name: None,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit for LoadEntitlementTaskReturnsItem {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
