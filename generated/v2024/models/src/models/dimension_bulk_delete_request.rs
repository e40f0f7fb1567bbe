#[derive(Debug, Clone, PartialEq, Default)]
pub struct DimensionBulkDeleteRequest {
    /// List of IDs of Dimensions to be deleted.
    pub dimension_ids: Vec<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl DimensionBulkDeleteRequest {
    /// Builds a `DimensionBulkDeleteRequest` from its required fields; the others are unset.
    pub fn new(dimension_ids: impl Into<Vec<String>>) -> Self {
        Self {
            dimension_ids: dimension_ids.into(),
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::serde_struct!(DimensionBulkDeleteRequest {
    dimension_ids: required("dimensionIds"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for DimensionBulkDeleteRequest {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
