#[derive(Debug, Clone, PartialEq, Default)]
pub struct TaskInfo {
    /// The unique identifier for the task.
    pub task_id: Option<Option<i64>>,
    /// The type or category of the task.
    pub task_type_name: Option<Option<String>>,
    /// The start time of the task, represented as epoch seconds.
    pub start_time: Option<Option<i64>>,
    /// The end time of the task, represented as epoch seconds.
    pub end_time: Option<Option<i64>>,
    /// The display name of the task.
    pub task_name: Option<Option<String>>,
    /// The display name of the user who created the task.
    pub created_by_display_name: Option<Option<String>>,
    /// The progress of the task, typically represented as a percentage (0-100).
    pub progress: Option<i32>,
    /// The current status of the task (e.g., "Running", "Completed", "Failed").
    pub status: Option<Option<String>>,
    /// Additional details or information about the task.
    pub details: Option<Option<String>>,
    /// The unique identifier of the associated scheduled task, if applicable.
    pub schedule_task_id: Option<Option<i64>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl TaskInfo {
    /// Builds a `TaskInfo` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `task_id`.
    pub fn task_id(mut self, value: impl Into<i64>) -> Self {
        self.task_id = Some(Some(value.into()));
        self
    }
    /// Sets `task_id` to an explicit `null`.
    pub fn task_id_null(mut self) -> Self {
        self.task_id = Some(None);
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
    /// Sets `task_name`.
    pub fn task_name(mut self, value: impl Into<String>) -> Self {
        self.task_name = Some(Some(value.into()));
        self
    }
    /// Sets `task_name` to an explicit `null`.
    pub fn task_name_null(mut self) -> Self {
        self.task_name = Some(None);
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
    /// Sets `progress`.
    pub fn progress(mut self, value: impl Into<i32>) -> Self {
        self.progress = Some(value.into());
        self
    }
    /// Sets `status`.
    pub fn status(mut self, value: impl Into<String>) -> Self {
        self.status = Some(Some(value.into()));
        self
    }
    /// Sets `status` to an explicit `null`.
    pub fn status_null(mut self) -> Self {
        self.status = Some(None);
        self
    }
    /// Sets `details`.
    pub fn details(mut self, value: impl Into<String>) -> Self {
        self.details = Some(Some(value.into()));
        self
    }
    /// Sets `details` to an explicit `null`.
    pub fn details_null(mut self) -> Self {
        self.details = Some(None);
        self
    }
    /// Sets `schedule_task_id`.
    pub fn schedule_task_id(mut self, value: impl Into<i64>) -> Self {
        self.schedule_task_id = Some(Some(value.into()));
        self
    }
    /// Sets `schedule_task_id` to an explicit `null`.
    pub fn schedule_task_id_null(mut self) -> Self {
        self.schedule_task_id = Some(None);
        self
    }
}
crate::serde_helpers::serde_struct!(TaskInfo {
    task_id: nullable("taskId"),
    task_type_name: nullable("taskTypeName"),
    start_time: nullable("startTime"),
    end_time: nullable("endTime"),
    task_name: nullable("taskName"),
    created_by_display_name: nullable("createdByDisplayName"),
    progress: optional("progress"),
    status: nullable("status"),
    details: nullable("details"),
    schedule_task_id: nullable("scheduleTaskId"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for TaskInfo {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
