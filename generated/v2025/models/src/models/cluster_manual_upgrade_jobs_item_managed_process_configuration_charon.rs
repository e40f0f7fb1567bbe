/// Configuration details for the 'charon' process.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ClusterManualUpgradeJobsItemManagedProcessConfigurationCharon {
    /// Version of the 'charon' process.
    pub version: String,
    /// Path to the 'charon' process.
    pub path: String,
    /// A brief description of the 'charon' process.
    pub description: String,
    /// Indicates whether the process needs to be restarted.
    #[serde(rename = "restartNeeded")]
    pub restart_needed: bool,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl ClusterManualUpgradeJobsItemManagedProcessConfigurationCharon {
    /// Builds a `ClusterManualUpgradeJobsItemManagedProcessConfigurationCharon` from its required fields; the others are unset.
    pub fn new(
        version: String,
        path: String,
        description: String,
        restart_needed: bool,
    ) -> Self {
        Self {
            version,
            path,
            description,
            restart_needed,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit
for ClusterManualUpgradeJobsItemManagedProcessConfigurationCharon {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
