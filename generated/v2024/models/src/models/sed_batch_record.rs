/// Sed Batch Record
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SedBatchRecord {
    /// The tenant ID associated with the batch.
    ///
    /// Format: `uuid`.
    pub tenant_id: Option<String>,
    /// The unique ID of the batch.
    ///
    /// Format: `uuid`.
    pub batch_id: Option<String>,
    /// The name of the batch.
    pub name: Option<Option<String>>,
    /// The current state of the batch (e.g., submitted, materialized, completed).
    pub processed_state: Option<Option<String>>,
    /// The ID of the user who requested the batch.
    ///
    /// Format: `uuid`.
    pub requested_by: Option<String>,
    /// The number of items materialized in the batch.
    pub materialized_count: Option<i32>,
    /// The number of items processed in the batch.
    pub processed_count: Option<i32>,
    /// The timestamp when the batch was created.
    pub created_at: Option<crate::primitives::DateTime>,
    /// The timestamp when the batch was last updated.
    pub updated_at: Option<Option<crate::primitives::DateTime>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl SedBatchRecord {
    /// Builds a `SedBatchRecord` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(SedBatchRecord {
    tenant_id: optional::<String>(tenant_id),
    batch_id: optional::<String>(batch_id),
    name: nullable::<String>(name, name_null),
    processed_state: nullable::<String>(processed_state, processed_state_null),
    requested_by: optional::<String>(requested_by),
    materialized_count: optional::<i32>(materialized_count),
    processed_count: optional::<i32>(processed_count),
    created_at: optional::<crate::primitives::DateTime>(created_at),
    updated_at: nullable::<crate::primitives::DateTime>(updated_at, updated_at_null),
});
crate::serde_helpers::serde_struct!(SedBatchRecord {
    tenant_id: optional("tenantId"),
    batch_id: optional("batchId"),
    name: nullable("name"),
    processed_state: nullable("processedState"),
    requested_by: optional("requestedBy"),
    materialized_count: optional("materializedCount"),
    processed_count: optional("processedCount"),
    created_at: optional("createdAt"),
    updated_at: nullable("updatedAt"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for SedBatchRecord {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
