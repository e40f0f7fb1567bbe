#[derive(Debug, Clone, PartialEq, Default)]
pub struct ApplicationDiscoveryRequest {
    /// List of dataset Ids to discover applications
    pub dataset_ids: Vec<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl ApplicationDiscoveryRequest {
    /// Builds a `ApplicationDiscoveryRequest` from its required fields; the others are unset.
    pub fn new(dataset_ids: impl Into<Vec<String>>) -> Self {
        Self {
            dataset_ids: dataset_ids.into(),
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::serde_struct!(ApplicationDiscoveryRequest {
    dataset_ids: required("datasetIds"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for ApplicationDiscoveryRequest {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
