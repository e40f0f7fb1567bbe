#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct TaskInfo {
    /// The unique identifier for the task.
    #[serde(
        rename = "taskId",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub task_id: Option<Option<i64>>,
    /// The type or category of the task.
    #[serde(
        rename = "taskTypeName",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub task_type_name: Option<Option<String>>,
    /// The start time of the task, represented as epoch seconds.
    #[serde(
        rename = "startTime",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub start_time: Option<Option<i64>>,
    /// The end time of the task, represented as epoch seconds.
    #[serde(
        rename = "endTime",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub end_time: Option<Option<i64>>,
    /// The display name of the task.
    #[serde(
        rename = "taskName",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub task_name: Option<Option<String>>,
    /// The display name of the user who created the task.
    #[serde(
        rename = "createdByDisplayName",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub created_by_display_name: Option<Option<String>>,
    /// The progress of the task, typically represented as a percentage (0-100).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub progress: Option<i32>,
    /// The current status of the task (e.g., "Running", "Completed", "Failed").
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub status: Option<Option<String>>,
    /// Additional details or information about the task.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub details: Option<Option<String>>,
    /// The unique identifier of the associated scheduled task, if applicable.
    #[serde(
        rename = "scheduleTaskId",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub schedule_task_id: Option<Option<i64>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl TaskInfo {
    /// Builds a `TaskInfo` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
impl crate::serde_helpers::SchemaFit for TaskInfo {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
