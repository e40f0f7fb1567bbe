/// Managed Cluster Attributes for Cluster Configuration. Supported Cluster Types \[sqsCluster, spConnectCluster\]
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ManagedClusterAttributes {
    /// ManagedCluster keystore for sqsCluster type
    pub queue: Option<crate::ManagedClusterQueue>,
    /// ManagedCluster keystore for spConnectCluster type
    pub keystore: Option<Option<String>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl ManagedClusterAttributes {
    /// Builds a `ManagedClusterAttributes` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(ManagedClusterAttributes {
    queue: optional::<crate::ManagedClusterQueue>(queue),
    keystore: nullable::<String>(keystore, keystore_null),
});
crate::serde_helpers::serde_struct!(ManagedClusterAttributes {
    queue: optional("queue"),
    keystore: nullable("keystore"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for ManagedClusterAttributes {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.queue, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
