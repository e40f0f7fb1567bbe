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
        Self {
            jobs: None,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit for ClusterManualUpgrade {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.jobs, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
