#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ScheduleInfo {
    /// The unique identifier for the scheduled task.
    #[serde(rename = "scheduleTaskId", default, skip_serializing_if = "Option::is_none")]
    pub schedule_task_id: Option<i64>,
    /// The display name of the scheduled task.
    #[serde(
        rename = "scheduleTaskName",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub schedule_task_name: Option<Option<String>>,
    /// The type or category of the scheduled task.
    #[serde(
        rename = "taskTypeName",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub task_type_name: Option<Option<String>>,
    /// The interval depends on the chosen schedule cycle (scheduleType), i.e. if the schedule is daily, the interval will represent the days between executions.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub interval: Option<i32>,
    /// The scheduling type, such as "Daily", "Weekly", or "Manual" etc.
    #[serde(
        rename = "scheduleType",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub schedule_type: Option<Option<String>>,
    /// Indicates whether the scheduled task is currently active.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub active: Option<bool>,
    /// The start time for the scheduled task, represented as epoch seconds.
    #[serde(
        rename = "startTime",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub start_time: Option<Option<i64>>,
    /// The end time for the scheduled task, represented as epoch seconds.
    #[serde(
        rename = "endTime",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub end_time: Option<Option<i64>>,
    /// A list of days of the week when the task should run (e.g., "Monday", "Wednesday").
    #[serde(
        rename = "daysOfWeek",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub days_of_week: Option<Option<Vec<String>>>,
    /// The ID of another scheduled task that triggers this scheduled task upon its completion.
    #[serde(
        rename = "runAfterScheduleTaskId",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub run_after_schedule_task_id: Option<Option<i64>>,
    /// The name of the scheduled task that must complete before this task runs.
    #[serde(
        rename = "runAfterScheduleTaskName",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub run_after_schedule_task_name: Option<Option<String>>,
    /// The unique identifier of the application associated with the scheduled task.
    #[serde(
        rename = "applicationId",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub application_id: Option<Option<i64>>,
    /// The display name of the user who created the scheduled task.
    #[serde(
        rename = "createdByDisplayName",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub created_by_display_name: Option<Option<String>>,
    /// The next scheduled run time for the task, represented as epoch seconds.
    #[serde(
        rename = "nextRun",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub next_run: Option<Option<i64>>,
    /// The last run time of the task, represented as epoch seconds.
    #[serde(
        rename = "lastRun",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub last_run: Option<Option<i64>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl ScheduleInfo {
    /// Builds a `ScheduleInfo` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
impl crate::serde_helpers::SchemaFit for ScheduleInfo {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
