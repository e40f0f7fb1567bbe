/// Managed Cluster key pair for Cluster
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ManagedClusterQueue {
    /// ManagedCluster queue name
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// ManagedCluster queue aws region
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl ManagedClusterQueue {
    /// Builds a `ManagedClusterQueue` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
    /// Sets `region`.
    pub fn region(mut self, value: impl Into<String>) -> Self {
        self.region = Some(value.into());
        self
    }
}
impl crate::serde_helpers::SchemaFit for ManagedClusterQueue {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
