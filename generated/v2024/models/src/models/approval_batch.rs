/// Batch properties if an approval is sent via batching.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ApprovalBatch {
    /// ID of the batch
    pub batch_id: Option<String>,
    /// How many approvals are going to be in this batch. Defaults to 1 if not provided.
    pub batch_size: Option<i64>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl ApprovalBatch {
    /// Builds a `ApprovalBatch` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(ApprovalBatch {
    batch_id: optional::<String>(batch_id),
    batch_size: optional::<i64>(batch_size),
});
crate::serde_helpers::serde_struct!(ApprovalBatch {
    batch_id: optional("batchId"),
    batch_size: optional("batchSize"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for ApprovalBatch {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
