/// Configuration details for the 'ccg' process.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ClusterManualUpgradeJobsItemManagedProcessConfigurationCcg {
    /// Version of the 'ccg' process.
    pub version: String,
    /// Path to the 'ccg' process.
    pub path: String,
    /// A brief description of the 'ccg' process.
    pub description: String,
    /// Indicates whether the process needs to be restarted.
    #[serde(rename = "restartNeeded")]
    pub restart_needed: bool,
    /// A map of dependencies for the 'ccg' process.
    pub dependencies: ::indexmap::IndexMap<String, String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl ClusterManualUpgradeJobsItemManagedProcessConfigurationCcg {
    /// Builds a `ClusterManualUpgradeJobsItemManagedProcessConfigurationCcg` from its required fields; the others are unset.
    pub fn new(
        version: String,
        path: String,
        description: String,
        restart_needed: bool,
        dependencies: ::indexmap::IndexMap<String, String>,
    ) -> Self {
        Self {
            version,
            path,
            description,
            restart_needed,
            dependencies,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit
for ClusterManualUpgradeJobsItemManagedProcessConfigurationCcg {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.dependencies, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
