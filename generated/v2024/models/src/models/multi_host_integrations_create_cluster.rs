/// Reference to the source's associated cluster.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct MultiHostIntegrationsCreateCluster {
    /// Type of object being referenced.
    pub r#type: crate::MultiHostIntegrationsCreateClusterType,
    /// Cluster ID.
    pub id: String,
    /// Cluster's human-readable display name.
    pub name: String,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl MultiHostIntegrationsCreateCluster {
    /// Builds a `MultiHostIntegrationsCreateCluster` from its required fields; the others are unset.
    pub fn new(
        r#type: crate::MultiHostIntegrationsCreateClusterType,
        id: String,
        name: String,
    ) -> Self {
        Self {
            r#type,
            id,
            name,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit for MultiHostIntegrationsCreateCluster {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
