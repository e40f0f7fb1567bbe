/// Sed Batch Stats
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SedBatchStats {
    /// batch complete
    pub batch_complete: Option<bool>,
    /// batch Id
    ///
    /// Format: `uuid`.
    pub batch_id: Option<String>,
    /// discovered count
    pub discovered_count: Option<i64>,
    /// discovery complete
    pub discovery_complete: Option<bool>,
    /// processed count
    pub processed_count: Option<i64>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl SedBatchStats {
    /// Builds a `SedBatchStats` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(SedBatchStats {
    batch_complete: optional::<bool>(batch_complete),
    batch_id: optional::<String>(batch_id),
    discovered_count: optional::<i64>(discovered_count),
    discovery_complete: optional::<bool>(discovery_complete),
    processed_count: optional::<i64>(processed_count),
});
crate::serde_helpers::serde_struct!(SedBatchStats {
    batch_complete: optional("batchComplete"),
    batch_id: optional("batchId"),
    discovered_count: optional("discoveredCount"),
    discovery_complete: optional("discoveryComplete"),
    processed_count: optional("processedCount"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for SedBatchStats {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
