/// Managed Cluster key pair for Cluster
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ManagedClusterQueue {
    /// ManagedCluster queue name
    pub name: Option<String>,
    /// ManagedCluster queue aws region
    pub region: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl ManagedClusterQueue {
    /// Builds a `ManagedClusterQueue` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(ManagedClusterQueue {
    name: optional::<String>(name),
    region: optional::<String>(region),
});
crate::serde_helpers::serde_struct!(ManagedClusterQueue {
    name: optional("name"),
    region: optional("region"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for ManagedClusterQueue {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
