/// Details and current status of a specific task
#[derive(Debug, Clone, PartialEq)]
pub struct TaskStatus {
    /// System-generated unique ID of the task this TaskStatus represents
    pub id: String,
    /// Type of task this TaskStatus represents
    pub r#type: crate::TaskStatusType,
    /// Name of the task this TaskStatus represents
    pub unique_name: String,
    /// Description of the task this TaskStatus represents
    pub description: String,
    /// Name of the parent of the task this TaskStatus represents
    pub parent_name: Option<String>,
    /// Service to execute the task this TaskStatus represents
    pub launcher: String,
    pub target: Option<Option<crate::Target>>,
    /// Creation date of the task this TaskStatus represents
    pub created: crate::primitives::DateTime,
    /// Last modification date of the task this TaskStatus represents
    pub modified: Option<crate::primitives::DateTime>,
    /// Launch date of the task this TaskStatus represents
    pub launched: Option<crate::primitives::DateTime>,
    /// Completion date of the task this TaskStatus represents
    pub completed: Option<crate::primitives::DateTime>,
    /// Completion status of the task this TaskStatus represents
    pub completion_status: Option<crate::TaskStatusCompletionStatus>,
    /// Messages associated with the task this TaskStatus represents
    pub messages: Vec<crate::TaskStatusMessage>,
    /// Return values from the task this TaskStatus represents
    pub returns: Vec<crate::TaskReturnDetails>,
    /// Attributes of the task this TaskStatus represents
    pub attributes: ::serde_json::Value,
    /// Current progress of the task this TaskStatus represents
    pub progress: Option<String>,
    /// Current percentage completion of the task this TaskStatus represents
    pub percent_complete: i64,
    pub task_definition_summary: Option<crate::TaskDefinitionSummary>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl TaskStatus {
    /// Builds a `TaskStatus` from its required fields; the others are unset.
    pub fn new(
        id: impl Into<String>,
        r#type: impl Into<crate::TaskStatusType>,
        unique_name: impl Into<String>,
        description: impl Into<String>,
        parent_name: impl Into<Option<String>>,
        launcher: impl Into<String>,
        created: impl Into<crate::primitives::DateTime>,
        modified: impl Into<Option<crate::primitives::DateTime>>,
        launched: impl Into<Option<crate::primitives::DateTime>>,
        completed: impl Into<Option<crate::primitives::DateTime>>,
        completion_status: impl Into<Option<crate::TaskStatusCompletionStatus>>,
        messages: impl Into<Vec<crate::TaskStatusMessage>>,
        returns: impl Into<Vec<crate::TaskReturnDetails>>,
        attributes: impl Into<::serde_json::Value>,
        progress: impl Into<Option<String>>,
        percent_complete: impl Into<i64>,
    ) -> Self {
        Self {
            id: id.into(),
            r#type: r#type.into(),
            unique_name: unique_name.into(),
            description: description.into(),
            parent_name: parent_name.into(),
            launcher: launcher.into(),
            target: None,
            created: created.into(),
            modified: modified.into(),
            launched: launched.into(),
            completed: completed.into(),
            completion_status: completion_status.into(),
            messages: messages.into(),
            returns: returns.into(),
            attributes: attributes.into(),
            progress: progress.into(),
            percent_complete: percent_complete.into(),
            task_definition_summary: None,
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::setters!(TaskStatus {
    target: nullable::<crate::Target>(target, target_null),
    task_definition_summary: optional::<crate::TaskDefinitionSummary>(task_definition_summary),
});
crate::serde_helpers::serde_struct!(TaskStatus {
    id: required("id"),
    r#type: required("type"),
    unique_name: required("uniqueName"),
    description: required("description"),
    parent_name: required("parentName"),
    launcher: required("launcher"),
    target: nullable("target"),
    created: required("created"),
    modified: required("modified"),
    launched: required("launched"),
    completed: required("completed"),
    completion_status: required("completionStatus"),
    messages: required("messages"),
    returns: required("returns"),
    attributes: required("attributes"),
    progress: required("progress"),
    percent_complete: required("percentComplete"),
    task_definition_summary: optional("taskDefinitionSummary"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for TaskStatus {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.target, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.completion_status, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.messages, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.returns, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.attributes, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.task_definition_summary, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// Completion status of the task this TaskStatus represents
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum TaskStatusCompletionStatus {
    /// `SUCCESS`
    Success,
    /// `WARNING`
    Warning,
    /// `ERROR`
    Error,
    /// `TERMINATED`
    Terminated,
    /// `TEMPERROR`
    Temperror,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl TaskStatusCompletionStatus {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Success => "SUCCESS",
            Self::Warning => "WARNING",
            Self::Error => "ERROR",
            Self::Terminated => "TERMINATED",
            Self::Temperror => "TEMPERROR",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for TaskStatusCompletionStatus {
    fn from(value: &str) -> Self {
        match value {
            "SUCCESS" => Self::Success,
            "WARNING" => Self::Warning,
            "ERROR" => Self::Error,
            "TERMINATED" => Self::Terminated,
            "TEMPERROR" => Self::Temperror,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(TaskStatusCompletionStatus);
/// Type of task this TaskStatus represents
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum TaskStatusType {
    /// `QUARTZ`
    Quartz,
    /// `QPOC`
    Qpoc,
    /// `QUEUED_TASK`
    QueuedTask,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl TaskStatusType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Quartz => "QUARTZ",
            Self::Qpoc => "QPOC",
            Self::QueuedTask => "QUEUED_TASK",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for TaskStatusType {
    fn from(value: &str) -> Self {
        match value {
            "QUARTZ" => Self::Quartz,
            "QPOC" => Self::Qpoc,
            "QUEUED_TASK" => Self::QueuedTask,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(TaskStatusType);
