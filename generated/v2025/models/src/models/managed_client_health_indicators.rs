/// Health Indicators for a Managed Client
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ManagedClientHealthIndicators {
    /// Health indicator details from the Managed Client
    pub body: crate::ManagedClientHealthIndicatorsBody,
    /// Top-level status of the Managed Client
    pub status: crate::ManagedClientHealthIndicatorsStatus,
    /// Type of the Managed Client
    pub r#type: crate::ManagedClientHealthIndicatorsType,
    /// Timestamp when this report was generated
    pub timestamp: crate::primitives::DateTime,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl ManagedClientHealthIndicators {
    /// Builds a `ManagedClientHealthIndicators` from its required fields; the others are unset.
    pub fn new(
        body: crate::ManagedClientHealthIndicatorsBody,
        status: crate::ManagedClientHealthIndicatorsStatus,
        r#type: crate::ManagedClientHealthIndicatorsType,
        timestamp: crate::primitives::DateTime,
    ) -> Self {
        Self {
            body,
            status,
            r#type,
            timestamp,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit for ManagedClientHealthIndicators {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.body, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.status, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
