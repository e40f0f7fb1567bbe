#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ScheduledActionPayload {
    /// Type of the scheduled job.
    #[serde(rename = "jobType")]
    pub job_type: crate::ScheduledActionPayloadJobType,
    /// The time when this scheduled action should start. Optional.
    #[serde(rename = "startTime", default, skip_serializing_if = "Option::is_none")]
    pub start_time: Option<crate::primitives::DateTime>,
    /// Cron expression defining the schedule for this action. Optional for repeated events.
    #[serde(rename = "cronString", default, skip_serializing_if = "Option::is_none")]
    pub cron_string: Option<String>,
    /// Time zone ID for interpreting the cron expression. Optional, will default to current time zone.
    #[serde(rename = "timeZoneId", default, skip_serializing_if = "Option::is_none")]
    pub time_zone_id: Option<String>,
    pub content: crate::ScheduledActionPayloadContent,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl ScheduledActionPayload {
    /// Builds a `ScheduledActionPayload` from its required fields; the others are unset.
    pub fn new(
        job_type: crate::ScheduledActionPayloadJobType,
        content: crate::ScheduledActionPayloadContent,
    ) -> Self {
        Self {
            job_type,
            start_time: None,
            cron_string: None,
            time_zone_id: None,
            content,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit for ScheduledActionPayload {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.job_type, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.content, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
