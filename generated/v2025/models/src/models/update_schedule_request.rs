#[derive(Debug, Clone, PartialEq, Default)]
pub struct UpdateScheduleRequest {
    /// The type or category of the scheduled task.
    pub task_type_name: Option<Option<String>>,
    /// The scheduling type, such as "Daily", "Weekly", or "Manual" etc.
    pub schedule_type: Option<Option<String>>,
    /// The interval depends on the chosen schedule cycle (scheduleType), i.e. if the schedule is daily, the interval will represent the days between executions.
    pub interval: Option<Option<i32>>,
    /// The display name of the scheduled task.
    pub schedule_task_name: Option<Option<String>>,
    /// The start time for the scheduled task, represented as epoch seconds.
    pub start_time: Option<i64>,
    /// The end time for the scheduled task, represented as epoch seconds.
    pub end_time: Option<i64>,
    /// A list of days of the week when the task should run (e.g., "Monday", "Wednesday").
    pub days_of_week: Option<Option<Vec<String>>>,
    /// Indicates whether the scheduled task is currently active.
    pub active: Option<bool>,
    /// The ID of another scheduled task that triggers this scheduled task upon its completion.
    pub run_after_schedule_task_id: Option<Option<i64>>,
    /// The unique identifier of the application associated with the scheduled task.
    pub application_id: Option<Option<i64>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl UpdateScheduleRequest {
    /// Builds a `UpdateScheduleRequest` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(UpdateScheduleRequest {
    task_type_name: nullable::<String>(task_type_name, task_type_name_null),
    schedule_type: nullable::<String>(schedule_type, schedule_type_null),
    interval: nullable::<i32>(interval, interval_null),
    schedule_task_name: nullable::<String>(schedule_task_name, schedule_task_name_null),
    start_time: optional::<i64>(start_time),
    end_time: optional::<i64>(end_time),
    days_of_week: nullable::<Vec<String>>(days_of_week, days_of_week_null),
    active: optional::<bool>(active),
    run_after_schedule_task_id: nullable::<i64>(run_after_schedule_task_id, run_after_schedule_task_id_null),
    application_id: nullable::<i64>(application_id, application_id_null),
});
crate::serde_helpers::serde_struct!(UpdateScheduleRequest {
    task_type_name: nullable("taskTypeName"),
    schedule_type: nullable("scheduleType"),
    interval: nullable("interval"),
    schedule_task_name: nullable("scheduleTaskName"),
    start_time: optional("startTime"),
    end_time: optional("endTime"),
    days_of_week: nullable("daysOfWeek"),
    active: optional("active"),
    run_after_schedule_task_id: nullable("runAfterScheduleTaskId"),
    application_id: nullable("applicationId"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for UpdateScheduleRequest {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
