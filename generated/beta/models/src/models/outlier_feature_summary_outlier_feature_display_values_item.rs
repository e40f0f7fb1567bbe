#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct OutlierFeatureSummaryOutlierFeatureDisplayValuesItem {
    /// display name
    #[serde(rename = "displayName", default, skip_serializing_if = "Option::is_none")]
    pub display_name: Option<String>,
    /// value
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
    /// The data type of the value field
    #[serde(rename = "valueType", default, skip_serializing_if = "Option::is_none")]
    pub value_type: Option<
        crate::OutlierFeatureSummaryOutlierFeatureDisplayValuesItemValueType,
    >,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl OutlierFeatureSummaryOutlierFeatureDisplayValuesItem {
    /// Builds a `OutlierFeatureSummaryOutlierFeatureDisplayValuesItem` with every field unset.
    pub fn new() -> Self {
        Self {
            display_name: None,
            value: None,
            value_type: None,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit
for OutlierFeatureSummaryOutlierFeatureDisplayValuesItem {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.value_type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
