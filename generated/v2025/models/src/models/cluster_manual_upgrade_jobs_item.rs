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
