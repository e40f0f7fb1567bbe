#[derive(Debug, Clone, PartialEq, Default)]
pub struct ScheduleInfo {
    /// The unique identifier for the scheduled task.
    pub schedule_task_id: Option<i64>,
    /// The display name of the scheduled task.
    pub schedule_task_name: Option<Option<String>>,
    /// The type or category of the scheduled task.
    pub task_type_name: Option<Option<String>>,
    /// The interval depends on the chosen schedule cycle (scheduleType), i.e. if the schedule is daily, the interval will represent the days between executions.
    pub interval: Option<i32>,
    /// The scheduling type, such as "Daily", "Weekly", or "Manual" etc.
    pub schedule_type: Option<Option<String>>,
    /// Indicates whether the scheduled task is currently active.
    pub active: Option<bool>,
    /// The start time for the scheduled task, represented as epoch seconds.
    pub start_time: Option<Option<i64>>,
    /// The end time for the scheduled task, represented as epoch seconds.
    pub end_time: Option<Option<i64>>,
    /// A list of days of the week when the task should run (e.g., "Monday", "Wednesday").
    pub days_of_week: Option<Option<Vec<String>>>,
    /// The ID of another scheduled task that triggers this scheduled task upon its completion.
    pub run_after_schedule_task_id: Option<Option<i64>>,
    /// The name of the scheduled task that must complete before this task runs.
    pub run_after_schedule_task_name: Option<Option<String>>,
    /// The unique identifier of the application associated with the scheduled task.
    pub application_id: Option<Option<i64>>,
    /// The display name of the user who created the scheduled task.
    pub created_by_display_name: Option<Option<String>>,
    /// The next scheduled run time for the task, represented as epoch seconds.
    pub next_run: Option<Option<i64>>,
    /// The last run time of the task, represented as epoch seconds.
    pub last_run: Option<Option<i64>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl ScheduleInfo {
    /// Builds a `ScheduleInfo` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(ScheduleInfo {
    schedule_task_id: optional::<i64>(schedule_task_id),
    schedule_task_name: nullable::<String>(schedule_task_name, schedule_task_name_null),
    task_type_name: nullable::<String>(task_type_name, task_type_name_null),
    interval: optional::<i32>(interval),
    schedule_type: nullable::<String>(schedule_type, schedule_type_null),
    active: optional::<bool>(active),
    start_time: nullable::<i64>(start_time, start_time_null),
    end_time: nullable::<i64>(end_time, end_time_null),
    days_of_week: nullable::<Vec<String>>(days_of_week, days_of_week_null),
    run_after_schedule_task_id: nullable::<i64>(run_after_schedule_task_id, run_after_schedule_task_id_null),
    run_after_schedule_task_name: nullable::<String>(run_after_schedule_task_name, run_after_schedule_task_name_null),
    application_id: nullable::<i64>(application_id, application_id_null),
    created_by_display_name: nullable::<String>(created_by_display_name, created_by_display_name_null),
    next_run: nullable::<i64>(next_run, next_run_null),
    last_run: nullable::<i64>(last_run, last_run_null),
});
crate::serde_helpers::serde_struct!(ScheduleInfo {
    schedule_task_id: optional("scheduleTaskId"),
    schedule_task_name: nullable("scheduleTaskName"),
    task_type_name: nullable("taskTypeName"),
    interval: optional("interval"),
    schedule_type: nullable("scheduleType"),
    active: optional("active"),
    start_time: nullable("startTime"),
    end_time: nullable("endTime"),
    days_of_week: nullable("daysOfWeek"),
    run_after_schedule_task_id: nullable("runAfterScheduleTaskId"),
    run_after_schedule_task_name: nullable("runAfterScheduleTaskName"),
    application_id: nullable("applicationId"),
    created_by_display_name: nullable("createdByDisplayName"),
    next_run: nullable("nextRun"),
    last_run: nullable("lastRun"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for ScheduleInfo {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
