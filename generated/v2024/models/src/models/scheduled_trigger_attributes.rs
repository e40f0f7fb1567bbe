/// Attributes related to a scheduled trigger
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ScheduledTriggerAttributes {
    /// Frequency of execution
    pub frequency: Option<crate::ScheduledTriggerAttributesFrequency>,
    /// Time zone identifier
    #[serde(
        rename = "timeZone",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub time_zone: Option<Option<String>>,
    /// A valid CRON expression
    #[serde(
        rename = "cronString",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub cron_string: Option<Option<String>>,
    /// Scheduled days of the week for execution
    #[serde(
        rename = "weeklyDays",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub weekly_days: Option<Option<Vec<String>>>,
    /// Scheduled execution times
    #[serde(
        rename = "weeklyTimes",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub weekly_times: Option<Option<Vec<String>>>,
    /// Scheduled execution times
    #[serde(
        rename = "yearlyTimes",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub yearly_times: Option<Option<Vec<String>>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl ScheduledTriggerAttributes {
    /// Builds a `ScheduledTriggerAttributes` from its required fields; the others are unset.
    pub fn new(frequency: Option<crate::ScheduledTriggerAttributesFrequency>) -> Self {
        Self {
            frequency,
            time_zone: None,
            cron_string: None,
            weekly_days: None,
            weekly_times: None,
            yearly_times: None,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit for ScheduledTriggerAttributes {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.frequency, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
