/// Configuration for reminders.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ApprovalConfigReminderConfig {
    /// Indicates if reminders are enabled.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
    /// Number of days until the first reminder.
    #[serde(
        rename = "daysUntilFirstReminder",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub days_until_first_reminder: Option<i64>,
    /// Cron schedule for reminders.
    #[serde(
        rename = "reminderCronSchedule",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub reminder_cron_schedule: Option<String>,
    /// Maximum number of reminders. Max is 20.
    #[serde(rename = "maxReminders", default, skip_serializing_if = "Option::is_none")]
    pub max_reminders: Option<i64>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl ApprovalConfigReminderConfig {
    /// Builds a `ApprovalConfigReminderConfig` with every field unset.
    pub fn new() -> Self {
        Self {
            enabled: None,
            days_until_first_reminder: None,
            reminder_cron_schedule: None,
            max_reminders: None,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit for ApprovalConfigReminderConfig {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
