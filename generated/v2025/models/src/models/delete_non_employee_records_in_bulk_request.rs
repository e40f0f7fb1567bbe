#[derive(Debug, Clone, PartialEq, Default)]
pub struct DeleteNonEmployeeRecordsInBulkRequest {
    /// List of non-employee ids.
    pub ids: Vec<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl DeleteNonEmployeeRecordsInBulkRequest {
    /// Builds a `DeleteNonEmployeeRecordsInBulkRequest` from its required fields; the others are unset.
    pub fn new(ids: impl Into<Vec<String>>) -> Self {
        Self {
            ids: ids.into(),
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::serde_struct!(DeleteNonEmployeeRecordsInBulkRequest {
    ids: required("ids"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for DeleteNonEmployeeRecordsInBulkRequest {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
