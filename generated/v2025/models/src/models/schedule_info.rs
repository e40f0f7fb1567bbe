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
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl ScheduleInfo {
    /// Builds a `ScheduleInfo` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `schedule_task_id`.
    pub fn schedule_task_id(mut self, value: impl Into<i64>) -> Self {
        self.schedule_task_id = Some(value.into());
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
    /// Sets `interval`.
    pub fn interval(mut self, value: impl Into<i32>) -> Self {
        self.interval = Some(value.into());
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
    /// Sets `active`.
    pub fn active(mut self, value: impl Into<bool>) -> Self {
        self.active = Some(value.into());
        self
    }
    /// Sets `start_time`.
    pub fn start_time(mut self, value: impl Into<i64>) -> Self {
        self.start_time = Some(Some(value.into()));
        self
    }
    /// Sets `start_time` to an explicit `null`.
    pub fn start_time_null(mut self) -> Self {
        self.start_time = Some(None);
        self
    }
    /// Sets `end_time`.
    pub fn end_time(mut self, value: impl Into<i64>) -> Self {
        self.end_time = Some(Some(value.into()));
        self
    }
    /// Sets `end_time` to an explicit `null`.
    pub fn end_time_null(mut self) -> Self {
        self.end_time = Some(None);
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
    /// Sets `run_after_schedule_task_name`.
    pub fn run_after_schedule_task_name(mut self, value: impl Into<String>) -> Self {
        self.run_after_schedule_task_name = Some(Some(value.into()));
        self
    }
    /// Sets `run_after_schedule_task_name` to an explicit `null`.
    pub fn run_after_schedule_task_name_null(mut self) -> Self {
        self.run_after_schedule_task_name = Some(None);
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
    /// Sets `created_by_display_name`.
    pub fn created_by_display_name(mut self, value: impl Into<String>) -> Self {
        self.created_by_display_name = Some(Some(value.into()));
        self
    }
    /// Sets `created_by_display_name` to an explicit `null`.
    pub fn created_by_display_name_null(mut self) -> Self {
        self.created_by_display_name = Some(None);
        self
    }
    /// Sets `next_run`.
    pub fn next_run(mut self, value: impl Into<i64>) -> Self {
        self.next_run = Some(Some(value.into()));
        self
    }
    /// Sets `next_run` to an explicit `null`.
    pub fn next_run_null(mut self) -> Self {
        self.next_run = Some(None);
        self
    }
    /// Sets `last_run`.
    pub fn last_run(mut self, value: impl Into<i64>) -> Self {
        self.last_run = Some(Some(value.into()));
        self
    }
    /// Sets `last_run` to an explicit `null`.
    pub fn last_run_null(mut self) -> Self {
        self.last_run = Some(None);
        self
    }
}
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
