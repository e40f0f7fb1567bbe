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
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl TaskInfo {
    /// Builds a `TaskInfo` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(TaskInfo {
    task_id: nullable::<i64>(task_id, task_id_null),
    task_type_name: nullable::<String>(task_type_name, task_type_name_null),
    start_time: nullable::<i64>(start_time, start_time_null),
    end_time: nullable::<i64>(end_time, end_time_null),
    task_name: nullable::<String>(task_name, task_name_null),
    created_by_display_name: nullable::<String>(created_by_display_name, created_by_display_name_null),
    progress: optional::<i32>(progress),
    status: nullable::<String>(status, status_null),
    details: nullable::<String>(details, details_null),
    schedule_task_id: nullable::<i64>(schedule_task_id, schedule_task_id_null),
});
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
