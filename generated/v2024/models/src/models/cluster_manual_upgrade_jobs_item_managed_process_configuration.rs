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
        Self {
            charon: None,
            ccg: None,
            otel_agent: None,
            relay: None,
            toolbox: None,
            additional_properties: ::indexmap::IndexMap::new(),
        }
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
