/// Multi-Host Integration's aggregation schedule specification.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct GetAcctAggregationGroupsResponseItem {
    /// Multi-Host Integration ID. The ID must be unique
    #[serde(rename = "multihostId")]
    pub multihost_id: String,
    /// Multi-Host Integration aggregation group ID
    pub aggregation_grp_id: String,
    /// Multi-Host Integration name
    pub aggregation_grp_name: String,
    /// Cron expression to schedule aggregation
    pub aggregation_cron_schedule: String,
    /// Boolean value for Multi-Host Integration aggregation schedule.
    ///
    /// This specifies if scheduled aggregation is enabled or disabled.
    #[serde(rename = "enableSchedule")]
    pub enable_schedule: bool,
    /// Source IDs of the Multi-Host Integration
    pub source_id_list: Vec<String>,
    /// Created date of Multi-Host Integration aggregation schedule
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created: Option<crate::primitives::DateTime>,
    /// Modified date of Multi-Host Integration aggregation schedule
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub modified: Option<crate::primitives::DateTime>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl GetAcctAggregationGroupsResponseItem {
    /// Builds a `GetAcctAggregationGroupsResponseItem` from its required fields; the others are unset.
    pub fn new(
        multihost_id: String,
        aggregation_grp_id: String,
        aggregation_grp_name: String,
        aggregation_cron_schedule: String,
        enable_schedule: bool,
        source_id_list: Vec<String>,
    ) -> Self {
        Self {
            multihost_id,
            aggregation_grp_id,
            aggregation_grp_name,
            aggregation_cron_schedule,
            enable_schedule,
            source_id_list,
            created: None,
            modified: None,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit for GetAcctAggregationGroupsResponseItem {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
