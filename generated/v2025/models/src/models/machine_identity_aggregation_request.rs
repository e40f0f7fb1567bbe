#[derive(Debug, Clone, PartialEq, Default)]
pub struct MachineIdentityAggregationRequest {
    /// List of dataset Ids to aggregate machine identities
    pub dataset_ids: Vec<String>,
    /// Flag to disable optimization for the aggregation. Defaults to false when not provided. When set to true, it disables aggregation optimizations and may increase processing time.
    pub disable_optimization: Option<bool>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl MachineIdentityAggregationRequest {
    /// Builds a `MachineIdentityAggregationRequest` from its required fields; the others are unset.
    pub fn new(dataset_ids: impl Into<Vec<String>>) -> Self {
        Self {
            dataset_ids: dataset_ids.into(),
            disable_optimization: None,
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::setters!(MachineIdentityAggregationRequest {
    disable_optimization: optional::<bool>(disable_optimization),
});
crate::serde_helpers::serde_struct!(MachineIdentityAggregationRequest {
    dataset_ids: required("datasetIds"),
    disable_optimization: optional("disableOptimization"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for MachineIdentityAggregationRequest {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
