/// Sed Batch Stats
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct SedBatchStats {
    /// batch complete
    #[serde(rename = "batchComplete", default, skip_serializing_if = "Option::is_none")]
    pub batch_complete: Option<bool>,
    /// batch Id
    ///
    /// Format: `uuid`.
    #[serde(rename = "batchId", default, skip_serializing_if = "Option::is_none")]
    pub batch_id: Option<String>,
    /// discovered count
    #[serde(
        rename = "discoveredCount",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub discovered_count: Option<i64>,
    /// discovery complete
    #[serde(
        rename = "discoveryComplete",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub discovery_complete: Option<bool>,
    /// processed count
    #[serde(rename = "processedCount", default, skip_serializing_if = "Option::is_none")]
    pub processed_count: Option<i64>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl SedBatchStats {
    /// Builds a `SedBatchStats` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
impl crate::serde_helpers::SchemaFit for SedBatchStats {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
