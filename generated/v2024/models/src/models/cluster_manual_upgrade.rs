/// Manual Upgrade Job Response
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ClusterManualUpgrade {
    /// List of job objects for the upgrade request.
    pub jobs: Option<Vec<crate::ClusterManualUpgradeJobsItem>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl ClusterManualUpgrade {
    /// Builds a `ClusterManualUpgrade` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(ClusterManualUpgrade {
    jobs: optional::<Vec<crate::ClusterManualUpgradeJobsItem>>(jobs),
});
crate::serde_helpers::serde_struct!(ClusterManualUpgrade {
    jobs: optional("jobs"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for ClusterManualUpgrade {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.jobs, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
#[derive(Debug, Clone, PartialEq)]
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
    pub target_id: String,
    /// Configuration of the managed processes involved in the upgrade.
    pub managed_process_configuration: crate::ClusterManualUpgradeJobsItemManagedProcessConfiguration,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl ClusterManualUpgradeJobsItem {
    /// Builds a `ClusterManualUpgradeJobsItem` from its required fields; the others are unset.
    pub fn new(
        uuid: impl Into<String>,
        cookbook: impl Into<String>,
        state: impl Into<String>,
        r#type: impl Into<String>,
        target_id: impl Into<String>,
        managed_process_configuration: impl Into<
            crate::ClusterManualUpgradeJobsItemManagedProcessConfiguration,
        >,
    ) -> Self {
        Self {
            uuid: uuid.into(),
            cookbook: cookbook.into(),
            state: state.into(),
            r#type: r#type.into(),
            target_id: target_id.into(),
            managed_process_configuration: managed_process_configuration.into(),
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::serde_struct!(ClusterManualUpgradeJobsItem {
    uuid: required("uuid"),
    cookbook: required("cookbook"),
    state: required("state"),
    r#type: required("type"),
    target_id: required("targetId"),
    managed_process_configuration: required("managedProcessConfiguration"),
    ..additional_properties
});
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
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ClusterManualUpgradeJobsItemManagedProcessConfiguration {
    /// Configuration details for the 'charon' process.
    pub charon: Option<
        crate::ClusterManualUpgradeJobsItemManagedProcessConfigurationCharon,
    >,
    /// Configuration details for the 'ccg' process.
    pub ccg: Option<crate::ClusterManualUpgradeJobsItemManagedProcessConfigurationCcg>,
    /// Configuration details for the 'otel_agent' process.
    pub otel_agent: Option<
        crate::ClusterManualUpgradeJobsItemManagedProcessConfigurationOtelAgent,
    >,
    /// Configuration details for the 'relay' process.
    pub relay: Option<
        crate::ClusterManualUpgradeJobsItemManagedProcessConfigurationRelay,
    >,
    /// Configuration details for the 'toolbox' process.
    pub toolbox: Option<
        crate::ClusterManualUpgradeJobsItemManagedProcessConfigurationToolbox,
    >,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl ClusterManualUpgradeJobsItemManagedProcessConfiguration {
    /// Builds a `ClusterManualUpgradeJobsItemManagedProcessConfiguration` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(ClusterManualUpgradeJobsItemManagedProcessConfiguration {
    charon: optional::<crate::ClusterManualUpgradeJobsItemManagedProcessConfigurationCharon>(charon),
    ccg: optional::<crate::ClusterManualUpgradeJobsItemManagedProcessConfigurationCcg>(ccg),
    otel_agent: optional::<crate::ClusterManualUpgradeJobsItemManagedProcessConfigurationOtelAgent>(otel_agent),
    relay: optional::<crate::ClusterManualUpgradeJobsItemManagedProcessConfigurationRelay>(relay),
    toolbox: optional::<crate::ClusterManualUpgradeJobsItemManagedProcessConfigurationToolbox>(toolbox),
});
crate::serde_helpers::serde_struct!(ClusterManualUpgradeJobsItemManagedProcessConfiguration {
    charon: optional("charon"),
    ccg: optional("ccg"),
    otel_agent: optional("otel_agent"),
    relay: optional("relay"),
    toolbox: optional("toolbox"),
    ..additional_properties
});
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
#[derive(Debug, Clone, PartialEq)]
pub struct ClusterManualUpgradeJobsItemManagedProcessConfigurationCcg {
    /// Version of the 'ccg' process.
    pub version: String,
    /// Path to the 'ccg' process.
    pub path: String,
    /// A brief description of the 'ccg' process.
    pub description: String,
    /// Indicates whether the process needs to be restarted.
    pub restart_needed: bool,
    /// A map of dependencies for the 'ccg' process.
    pub dependencies: ::indexmap::IndexMap<String, String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl ClusterManualUpgradeJobsItemManagedProcessConfigurationCcg {
    /// Builds a `ClusterManualUpgradeJobsItemManagedProcessConfigurationCcg` from its required fields; the others are unset.
    pub fn new(
        version: impl Into<String>,
        path: impl Into<String>,
        description: impl Into<String>,
        restart_needed: impl Into<bool>,
        dependencies: impl Into<::indexmap::IndexMap<String, String>>,
    ) -> Self {
        Self {
            version: version.into(),
            path: path.into(),
            description: description.into(),
            restart_needed: restart_needed.into(),
            dependencies: dependencies.into(),
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::serde_struct!(ClusterManualUpgradeJobsItemManagedProcessConfigurationCcg {
    version: required("version"),
    path: required("path"),
    description: required("description"),
    restart_needed: required("restartNeeded"),
    dependencies: required("dependencies"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit
for ClusterManualUpgradeJobsItemManagedProcessConfigurationCcg {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.dependencies, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// Configuration details for the 'charon' process.
#[derive(Debug, Clone, PartialEq)]
pub struct ClusterManualUpgradeJobsItemManagedProcessConfigurationCharon {
    /// Version of the 'charon' process.
    pub version: String,
    /// Path to the 'charon' process.
    pub path: String,
    /// A brief description of the 'charon' process.
    pub description: String,
    /// Indicates whether the process needs to be restarted.
    pub restart_needed: bool,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl ClusterManualUpgradeJobsItemManagedProcessConfigurationCharon {
    /// Builds a `ClusterManualUpgradeJobsItemManagedProcessConfigurationCharon` from its required fields; the others are unset.
    pub fn new(
        version: impl Into<String>,
        path: impl Into<String>,
        description: impl Into<String>,
        restart_needed: impl Into<bool>,
    ) -> Self {
        Self {
            version: version.into(),
            path: path.into(),
            description: description.into(),
            restart_needed: restart_needed.into(),
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::serde_struct!(ClusterManualUpgradeJobsItemManagedProcessConfigurationCharon {
    version: required("version"),
    path: required("path"),
    description: required("description"),
    restart_needed: required("restartNeeded"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit
for ClusterManualUpgradeJobsItemManagedProcessConfigurationCharon {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
/// Configuration details for the 'otel_agent' process.
#[derive(Debug, Clone, PartialEq)]
pub struct ClusterManualUpgradeJobsItemManagedProcessConfigurationOtelAgent {
    /// Version of the 'otel_agent' process.
    pub version: String,
    /// Path to the 'otel_agent' process.
    pub path: String,
    /// A brief description of the 'otel_agent' process.
    pub description: String,
    /// Indicates whether the process needs to be restarted.
    pub restart_needed: bool,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl ClusterManualUpgradeJobsItemManagedProcessConfigurationOtelAgent {
    /// Builds a `ClusterManualUpgradeJobsItemManagedProcessConfigurationOtelAgent` from its required fields; the others are unset.
    pub fn new(
        version: impl Into<String>,
        path: impl Into<String>,
        description: impl Into<String>,
        restart_needed: impl Into<bool>,
    ) -> Self {
        Self {
            version: version.into(),
            path: path.into(),
            description: description.into(),
            restart_needed: restart_needed.into(),
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::serde_struct!(ClusterManualUpgradeJobsItemManagedProcessConfigurationOtelAgent {
    version: required("version"),
    path: required("path"),
    description: required("description"),
    restart_needed: required("restartNeeded"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit
for ClusterManualUpgradeJobsItemManagedProcessConfigurationOtelAgent {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
/// Configuration details for the 'relay' process.
#[derive(Debug, Clone, PartialEq)]
pub struct ClusterManualUpgradeJobsItemManagedProcessConfigurationRelay {
    /// Version of the 'relay' process.
    pub version: String,
    /// Path to the 'relay' process.
    pub path: String,
    /// A brief description of the 'relay' process.
    pub description: String,
    /// Indicates whether the process needs to be restarted.
    pub restart_needed: bool,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl ClusterManualUpgradeJobsItemManagedProcessConfigurationRelay {
    /// Builds a `ClusterManualUpgradeJobsItemManagedProcessConfigurationRelay` from its required fields; the others are unset.
    pub fn new(
        version: impl Into<String>,
        path: impl Into<String>,
        description: impl Into<String>,
        restart_needed: impl Into<bool>,
    ) -> Self {
        Self {
            version: version.into(),
            path: path.into(),
            description: description.into(),
            restart_needed: restart_needed.into(),
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::serde_struct!(ClusterManualUpgradeJobsItemManagedProcessConfigurationRelay {
    version: required("version"),
    path: required("path"),
    description: required("description"),
    restart_needed: required("restartNeeded"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit
for ClusterManualUpgradeJobsItemManagedProcessConfigurationRelay {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
/// Configuration details for the 'toolbox' process.
#[derive(Debug, Clone, PartialEq)]
pub struct ClusterManualUpgradeJobsItemManagedProcessConfigurationToolbox {
    /// Version of the 'toolbox' process.
    pub version: String,
    /// Path to the 'toolbox' process.
    pub path: String,
    /// A brief description of the 'toolbox' process.
    pub description: String,
    /// Indicates whether the process needs to be restarted.
    pub restart_needed: bool,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl ClusterManualUpgradeJobsItemManagedProcessConfigurationToolbox {
    /// Builds a `ClusterManualUpgradeJobsItemManagedProcessConfigurationToolbox` from its required fields; the others are unset.
    pub fn new(
        version: impl Into<String>,
        path: impl Into<String>,
        description: impl Into<String>,
        restart_needed: impl Into<bool>,
    ) -> Self {
        Self {
            version: version.into(),
            path: path.into(),
            description: description.into(),
            restart_needed: restart_needed.into(),
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::serde_struct!(ClusterManualUpgradeJobsItemManagedProcessConfigurationToolbox {
    version: required("version"),
    path: required("path"),
    description: required("description"),
    restart_needed: required("restartNeeded"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit
for ClusterManualUpgradeJobsItemManagedProcessConfigurationToolbox {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
