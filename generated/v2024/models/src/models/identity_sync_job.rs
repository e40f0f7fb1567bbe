#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct IdentitySyncJob {
    /// Job ID.
    pub id: String,
    /// The job status.
    pub status: crate::IdentitySyncJobStatus,
    /// Job payload.
    pub payload: crate::IdentitySyncPayload,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl IdentitySyncJob {
    /// Builds a `IdentitySyncJob` from its required fields; the others are unset.
    pub fn new(
        id: String,
        status: crate::IdentitySyncJobStatus,
        payload: crate::IdentitySyncPayload,
    ) -> Self {
        Self {
            id,
            status,
            payload,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit for IdentitySyncJob {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.status, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.payload, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
