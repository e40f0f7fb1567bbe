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
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl SedBatchRecord {
    /// Builds a `SedBatchRecord` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `tenant_id`.
    pub fn tenant_id(mut self, value: impl Into<String>) -> Self {
        self.tenant_id = Some(value.into());
        self
    }
    /// Sets `batch_id`.
    pub fn batch_id(mut self, value: impl Into<String>) -> Self {
        self.batch_id = Some(value.into());
        self
    }
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(Some(value.into()));
        self
    }
    /// Sets `name` to an explicit `null`.
    pub fn name_null(mut self) -> Self {
        self.name = Some(None);
        self
    }
    /// Sets `processed_state`.
    pub fn processed_state(mut self, value: impl Into<String>) -> Self {
        self.processed_state = Some(Some(value.into()));
        self
    }
    /// Sets `processed_state` to an explicit `null`.
    pub fn processed_state_null(mut self) -> Self {
        self.processed_state = Some(None);
        self
    }
    /// Sets `requested_by`.
    pub fn requested_by(mut self, value: impl Into<String>) -> Self {
        self.requested_by = Some(value.into());
        self
    }
    /// Sets `materialized_count`.
    pub fn materialized_count(mut self, value: impl Into<i32>) -> Self {
        self.materialized_count = Some(value.into());
        self
    }
    /// Sets `processed_count`.
    pub fn processed_count(mut self, value: impl Into<i32>) -> Self {
        self.processed_count = Some(value.into());
        self
    }
    /// Sets `created_at`.
    pub fn created_at(mut self, value: impl Into<crate::primitives::DateTime>) -> Self {
        self.created_at = Some(value.into());
        self
    }
    /// Sets `updated_at`.
    pub fn updated_at(mut self, value: impl Into<crate::primitives::DateTime>) -> Self {
        self.updated_at = Some(Some(value.into()));
        self
    }
    /// Sets `updated_at` to an explicit `null`.
    pub fn updated_at_null(mut self) -> Self {
        self.updated_at = Some(None);
        self
    }
}
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
