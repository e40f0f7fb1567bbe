/// Sed Batch Response
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SedBatchResponse {
    /// BatchId that groups all the ids together
    ///
    /// Format: `uuid`.
    pub batch_id: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl SedBatchResponse {
    /// Builds a `SedBatchResponse` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(SedBatchResponse {
    batch_id: optional::<String>(batch_id),
});
crate::serde_helpers::serde_struct!(SedBatchResponse {
    batch_id: optional("batchId"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for SedBatchResponse {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
