/// Managed Cluster Type for Cluster upgrade configuration information
#[derive(Debug, Clone, PartialEq)]
pub struct ManagedClusterType {
    /// ManagedClusterType ID
    ///
    /// Read-only: set by the server.
    pub id: Option<String>,
    /// ManagedClusterType type name
    pub r#type: String,
    /// ManagedClusterType pod
    pub pod: String,
    /// ManagedClusterType org
    pub org: String,
    /// List of processes for the cluster type
    pub managed_process_ids: Option<Vec<String>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl ManagedClusterType {
    /// Builds a `ManagedClusterType` from its required fields; the others are unset.
    pub fn new(
        r#type: impl Into<String>,
        pod: impl Into<String>,
        org: impl Into<String>,
    ) -> Self {
        Self {
            id: None,
            r#type: r#type.into(),
            pod: pod.into(),
            org: org.into(),
            managed_process_ids: None,
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::setters!(ManagedClusterType {
    id: optional::<String>(id),
    managed_process_ids: optional::<Vec<String>>(managed_process_ids),
});
crate::serde_helpers::serde_struct!(ManagedClusterType {
    id: optional("id"),
    r#type: required("type"),
    pod: required("pod"),
    org: required("org"),
    managed_process_ids: optional("managedProcessIds"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for ManagedClusterType {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
