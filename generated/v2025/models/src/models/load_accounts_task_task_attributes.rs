/// Extra attributes map(dictionary) for the task.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct LoadAccountsTaskTaskAttributes {
    /// The id of the source
    #[serde(rename = "appId", default, skip_serializing_if = "Option::is_none")]
    pub app_id: Option<String>,
    /// The indicator if the aggregation process was enabled/disabled for the aggregation job
    #[serde(
        rename = "optimizedAggregation",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub optimized_aggregation: Option<String>,
    /// Properties not declared above, by name, in wire order.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl LoadAccountsTaskTaskAttributes {
    /// Builds a `LoadAccountsTaskTaskAttributes` with every field unset.
    pub fn new() -> Self {
        Self {
            app_id: None,
            optimized_aggregation: None,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit for LoadAccountsTaskTaskAttributes {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        for value in self.additional_properties.values() {
            crate::serde_helpers::SchemaFit::add_fit(value, fit);
        }
    }
}
