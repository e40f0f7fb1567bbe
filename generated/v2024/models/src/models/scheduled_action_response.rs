#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ScheduledActionResponse {
    /// Unique identifier for this scheduled action.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The time when this scheduled action was created.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created: Option<crate::primitives::DateTime>,
    /// Type of the scheduled job.
    #[serde(rename = "jobType", default, skip_serializing_if = "Option::is_none")]
    pub job_type: Option<crate::ScheduledActionResponseJobType>,
    /// Content details for the scheduled action.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub content: Option<crate::ScheduledActionResponseContent>,
    /// The time when this scheduled action should start.
    #[serde(rename = "startTime", default, skip_serializing_if = "Option::is_none")]
    pub start_time: Option<crate::primitives::DateTime>,
    /// Cron expression defining the schedule for this action.
    #[serde(rename = "cronString", default, skip_serializing_if = "Option::is_none")]
    pub cron_string: Option<String>,
    /// Time zone ID for interpreting the cron expression.
    #[serde(rename = "timeZoneId", default, skip_serializing_if = "Option::is_none")]
    pub time_zone_id: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl ScheduledActionResponse {
    /// Builds a `ScheduledActionResponse` with every field unset.
    pub fn new() -> Self {
        Self {
            id: None,
            created: None,
            job_type: None,
            content: None,
            start_time: None,
            cron_string: None,
            time_zone_id: None,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit for ScheduledActionResponse {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.job_type, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.content, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
