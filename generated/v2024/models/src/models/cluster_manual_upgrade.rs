/// Manual Upgrade Job Response
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ClusterManualUpgrade {
    /// List of job objects for the upgrade request.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub jobs: Option<Vec<crate::ClusterManualUpgradeJobsItem>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl ClusterManualUpgrade {
    /// Builds a `ClusterManualUpgrade` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
impl crate::serde_helpers::SchemaFit for ClusterManualUpgrade {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.jobs, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ClusterManualUpgradeJobsItem {
    /// Unique identifier for the upgrade job.
    pub uuid: String,
    /// Identifier for the cookbook used in the upgrade job.
    pub cookbook: String,
    /// Current state of the upgrade job.
    pub state: String,
    /// The type of upgrade job (e.g., VA_UPGRADE).
    pub r#type: String,
    /// Unique identifier of the target for the upgrade job.
    #[serde(rename = "targetId")]
    pub target_id: String,
    /// Configuration of the managed processes involved in the upgrade.
    #[serde(rename = "managedProcessConfiguration")]
    pub managed_process_configuration: crate::ClusterManualUpgradeJobsItemManagedProcessConfiguration,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl ClusterManualUpgradeJobsItem {
    /// Builds a `ClusterManualUpgradeJobsItem` from its required fields; the others are unset.
    pub fn new(
        uuid: String,
        cookbook: String,
        state: String,
        r#type: String,
        target_id: String,
        managed_process_configuration: crate::ClusterManualUpgradeJobsItemManagedProcessConfiguration,
    ) -> Self {
        Self {
            uuid,
            cookbook,
            state,
            r#type,
            target_id,
            managed_process_configuration,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit for ClusterManualUpgradeJobsItem {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(
            &self.managed_process_configuration,
            fit,
        );
        fit.undeclared += self.additional_properties.len();
    }
}
/// Configuration of the managed processes involved in the upgrade.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ClusterManualUpgradeJobsItemManagedProcessConfiguration {
    /// Configuration details for the 'charon' process.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub charon: Option<
        crate::ClusterManualUpgradeJobsItemManagedProcessConfigurationCharon,
    >,
    /// Configuration details for the 'ccg' process.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ccg: Option<crate::ClusterManualUpgradeJobsItemManagedProcessConfigurationCcg>,
    /// Configuration details for the 'otel_agent' process.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub otel_agent: Option<
        crate::ClusterManualUpgradeJobsItemManagedProcessConfigurationOtelAgent,
    >,
    /// Configuration details for the 'relay' process.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub relay: Option<
        crate::ClusterManualUpgradeJobsItemManagedProcessConfigurationRelay,
    >,
    /// Configuration details for the 'toolbox' process.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub toolbox: Option<
        crate::ClusterManualUpgradeJobsItemManagedProcessConfigurationToolbox,
    >,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl ClusterManualUpgradeJobsItemManagedProcessConfiguration {
    /// Builds a `ClusterManualUpgradeJobsItemManagedProcessConfiguration` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
impl crate::serde_helpers::SchemaFit
for ClusterManualUpgradeJobsItemManagedProcessConfiguration {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.charon, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.ccg, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.otel_agent, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.relay, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.toolbox, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
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
/// Configuration details for the 'otel_agent' process.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ClusterManualUpgradeJobsItemManagedProcessConfigurationOtelAgent {
    /// Version of the 'otel_agent' process.
    pub version: String,
    /// Path to the 'otel_agent' process.
    pub path: String,
    /// A brief description of the 'otel_agent' process.
    pub description: String,
    /// Indicates whether the process needs to be restarted.
    #[serde(rename = "restartNeeded")]
    pub restart_needed: bool,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl ClusterManualUpgradeJobsItemManagedProcessConfigurationOtelAgent {
    /// Builds a `ClusterManualUpgradeJobsItemManagedProcessConfigurationOtelAgent` from its required fields; the others are unset.
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
for ClusterManualUpgradeJobsItemManagedProcessConfigurationOtelAgent {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
/// Configuration details for the 'relay' process.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ClusterManualUpgradeJobsItemManagedProcessConfigurationRelay {
    /// Version of the 'relay' process.
    pub version: String,
    /// Path to the 'relay' process.
    pub path: String,
    /// A brief description of the 'relay' process.
    pub description: String,
    /// Indicates whether the process needs to be restarted.
    #[serde(rename = "restartNeeded")]
    pub restart_needed: bool,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl ClusterManualUpgradeJobsItemManagedProcessConfigurationRelay {
    /// Builds a `ClusterManualUpgradeJobsItemManagedProcessConfigurationRelay` from its required fields; the others are unset.
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
for ClusterManualUpgradeJobsItemManagedProcessConfigurationRelay {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
/// Configuration details for the 'toolbox' process.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ClusterManualUpgradeJobsItemManagedProcessConfigurationToolbox {
    /// Version of the 'toolbox' process.
    pub version: String,
    /// Path to the 'toolbox' process.
    pub path: String,
    /// A brief description of the 'toolbox' process.
    pub description: String,
    /// Indicates whether the process needs to be restarted.
    #[serde(rename = "restartNeeded")]
    pub restart_needed: bool,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl ClusterManualUpgradeJobsItemManagedProcessConfigurationToolbox {
    /// Builds a `ClusterManualUpgradeJobsItemManagedProcessConfigurationToolbox` from its required fields; the others are unset.
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
for ClusterManualUpgradeJobsItemManagedProcessConfigurationToolbox {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
