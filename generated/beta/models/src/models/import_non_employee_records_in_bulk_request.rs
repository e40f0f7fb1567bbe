#[derive(Debug, Clone, PartialEq)]
pub struct ImportNonEmployeeRecordsInBulkRequest {
    /// Format: `binary`.
    pub data: Vec<u8>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl ImportNonEmployeeRecordsInBulkRequest {
    /// Builds a `ImportNonEmployeeRecordsInBulkRequest` from its required fields; the others are unset.
    pub fn new(data: impl Into<Vec<u8>>) -> Self {
        Self {
            data: data.into(),
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::serde_struct!(ImportNonEmployeeRecordsInBulkRequest {
    data: required("data"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for ImportNonEmployeeRecordsInBulkRequest {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
