#[derive(Debug, Clone, PartialEq, Default)]
pub struct CreateScheduleRequest {
    /// The type or category of the scheduled task.
    pub task_type_name: Option<Option<String>>,
    /// The scheduling type, such as "Daily", "Weekly" etc.
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
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl CreateScheduleRequest {
    /// Builds a `CreateScheduleRequest` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `task_type_name`.
    pub fn task_type_name(mut self, value: impl Into<String>) -> Self {
        self.task_type_name = Some(Some(value.into()));
        self
    }
    /// Sets `task_type_name` to an explicit `null`.
    pub fn task_type_name_null(mut self) -> Self {
        self.task_type_name = Some(None);
        self
    }
    /// Sets `schedule_type`.
    pub fn schedule_type(mut self, value: impl Into<String>) -> Self {
        self.schedule_type = Some(Some(value.into()));
        self
    }
    /// Sets `schedule_type` to an explicit `null`.
    pub fn schedule_type_null(mut self) -> Self {
        self.schedule_type = Some(None);
        self
    }
    /// Sets `interval`.
    pub fn interval(mut self, value: impl Into<i32>) -> Self {
        self.interval = Some(Some(value.into()));
        self
    }
    /// Sets `interval` to an explicit `null`.
    pub fn interval_null(mut self) -> Self {
        self.interval = Some(None);
        self
    }
    /// Sets `schedule_task_name`.
    pub fn schedule_task_name(mut self, value: impl Into<String>) -> Self {
        self.schedule_task_name = Some(Some(value.into()));
        self
    }
    /// Sets `schedule_task_name` to an explicit `null`.
    pub fn schedule_task_name_null(mut self) -> Self {
        self.schedule_task_name = Some(None);
        self
    }
    /// Sets `start_time`.
    pub fn start_time(mut self, value: impl Into<i64>) -> Self {
        self.start_time = Some(value.into());
        self
    }
    /// Sets `end_time`.
    pub fn end_time(mut self, value: impl Into<i64>) -> Self {
        self.end_time = Some(value.into());
        self
    }
    /// Sets `days_of_week`.
    pub fn days_of_week(mut self, value: impl Into<Vec<String>>) -> Self {
        self.days_of_week = Some(Some(value.into()));
        self
    }
    /// Sets `days_of_week` to an explicit `null`.
    pub fn days_of_week_null(mut self) -> Self {
        self.days_of_week = Some(None);
        self
    }
    /// Sets `active`.
    pub fn active(mut self, value: impl Into<bool>) -> Self {
        self.active = Some(value.into());
        self
    }
    /// Sets `run_after_schedule_task_id`.
    pub fn run_after_schedule_task_id(mut self, value: impl Into<i64>) -> Self {
        self.run_after_schedule_task_id = Some(Some(value.into()));
        self
    }
    /// Sets `run_after_schedule_task_id` to an explicit `null`.
    pub fn run_after_schedule_task_id_null(mut self) -> Self {
        self.run_after_schedule_task_id = Some(None);
        self
    }
    /// Sets `application_id`.
    pub fn application_id(mut self, value: impl Into<i64>) -> Self {
        self.application_id = Some(Some(value.into()));
        self
    }
    /// Sets `application_id` to an explicit `null`.
    pub fn application_id_null(mut self) -> Self {
        self.application_id = Some(None);
        self
    }
}
crate::serde_helpers::serde_struct!(CreateScheduleRequest {
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
impl crate::serde_helpers::SchemaFit for CreateScheduleRequest {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
