/// Multi-Host Integration's aggregation schedule specification.
#[derive(Debug, Clone, PartialEq)]
pub struct GetAcctAggregationGroupsResponseItem {
    /// Multi-Host Integration ID. The ID must be unique
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
    pub enable_schedule: bool,
    /// Source IDs of the Multi-Host Integration
    pub source_id_list: Vec<String>,
    /// Created date of Multi-Host Integration aggregation schedule
    pub created: Option<crate::primitives::DateTime>,
    /// Modified date of Multi-Host Integration aggregation schedule
    pub modified: Option<crate::primitives::DateTime>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl GetAcctAggregationGroupsResponseItem {
    /// Builds a `GetAcctAggregationGroupsResponseItem` from its required fields; the others are unset.
    pub fn new(
        multihost_id: impl Into<String>,
        aggregation_grp_id: impl Into<String>,
        aggregation_grp_name: impl Into<String>,
        aggregation_cron_schedule: impl Into<String>,
        enable_schedule: impl Into<bool>,
        source_id_list: impl Into<Vec<String>>,
    ) -> Self {
        Self {
            multihost_id: multihost_id.into(),
            aggregation_grp_id: aggregation_grp_id.into(),
            aggregation_grp_name: aggregation_grp_name.into(),
            aggregation_cron_schedule: aggregation_cron_schedule.into(),
            enable_schedule: enable_schedule.into(),
            source_id_list: source_id_list.into(),
            created: None,
            modified: None,
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::setters!(GetAcctAggregationGroupsResponseItem {
    created: optional::<crate::primitives::DateTime>(created),
    modified: optional::<crate::primitives::DateTime>(modified),
});
crate::serde_helpers::serde_struct!(GetAcctAggregationGroupsResponseItem {
    multihost_id: required("multihostId"),
    aggregation_grp_id: required("aggregation_grp_id"),
    aggregation_grp_name: required("aggregation_grp_name"),
    aggregation_cron_schedule: required("aggregation_cron_schedule"),
    enable_schedule: required("enableSchedule"),
    source_id_list: required("source_id_list"),
    created: optional("created"),
    modified: optional("modified"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for GetAcctAggregationGroupsResponseItem {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
