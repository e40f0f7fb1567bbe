#[derive(Debug, Clone, PartialEq, Default)]
pub struct LoadUncorrelatedAccountsTask {
    /// The status of the result
    pub success: Option<bool>,
    pub task: Option<crate::LoadUncorrelatedAccountsTaskTask>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl LoadUncorrelatedAccountsTask {
    /// Builds a `LoadUncorrelatedAccountsTask` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(LoadUncorrelatedAccountsTask {
    success: optional::<bool>(success),
    task: optional::<crate::LoadUncorrelatedAccountsTaskTask>(task),
});
crate::serde_helpers::serde_struct!(LoadUncorrelatedAccountsTask {
    success: optional("success"),
    task: optional("task"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for LoadUncorrelatedAccountsTask {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.task, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
#[derive(Debug, Clone, PartialEq, Default)]
pub struct LoadUncorrelatedAccountsTaskTask {
    /// System-generated unique ID of the task this taskStatus represents
    pub id: Option<String>,
    /// Type of task this task represents
    pub r#type: Option<String>,
    /// The name of uncorrelated accounts process
    pub name: Option<String>,
    /// The description of the task
    pub description: Option<String>,
    /// The user who initiated the task
    pub launcher: Option<String>,
    /// The Task creation date
    pub created: Option<crate::primitives::DateTime>,
    /// The task start date
    pub launched: Option<Option<crate::primitives::DateTime>>,
    /// The task completion date
    pub completed: Option<Option<crate::primitives::DateTime>>,
    /// Task completion status.
    pub completion_status: Option<
        Option<crate::LoadUncorrelatedAccountsTaskTaskCompletionStatus>,
    >,
    /// Name of the parent task if exists.
    pub parent_name: Option<Option<String>>,
    /// List of the messages dedicated to the report.  From task definition perspective here usually should be warnings or errors.
    pub messages: Option<Vec<crate::LoadUncorrelatedAccountsTaskTaskMessagesItem>>,
    /// Current task state.
    pub progress: Option<Option<String>>,
    /// Extra attributes map(dictionary) for the task.
    pub attributes: Option<crate::LoadUncorrelatedAccountsTaskTaskAttributes>,
    /// Return values from the task
    pub returns: Option<::serde_json::Value>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl LoadUncorrelatedAccountsTaskTask {
    /// Builds a `LoadUncorrelatedAccountsTaskTask` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(LoadUncorrelatedAccountsTaskTask {
    id: optional::<String>(id),
    r#type: optional::<String>(r#type),
    name: optional::<String>(name),
    description: optional::<String>(description),
    launcher: optional::<String>(launcher),
    created: optional::<crate::primitives::DateTime>(created),
    launched: nullable::<crate::primitives::DateTime>(launched, launched_null),
    completed: nullable::<crate::primitives::DateTime>(completed, completed_null),
    completion_status: nullable::<crate::LoadUncorrelatedAccountsTaskTaskCompletionStatus>(completion_status, completion_status_null),
    parent_name: nullable::<String>(parent_name, parent_name_null),
    messages: optional::<Vec<crate::LoadUncorrelatedAccountsTaskTaskMessagesItem>>(messages),
    progress: nullable::<String>(progress, progress_null),
    attributes: optional::<crate::LoadUncorrelatedAccountsTaskTaskAttributes>(attributes),
    returns: optional::<::serde_json::Value>(returns),
});
crate::serde_helpers::serde_struct!(LoadUncorrelatedAccountsTaskTask {
    id: optional("id"),
    r#type: optional("type"),
    name: optional("name"),
    description: optional("description"),
    launcher: optional("launcher"),
    created: optional("created"),
    launched: nullable("launched"),
    completed: nullable("completed"),
    completion_status: nullable("completionStatus"),
    parent_name: nullable("parentName"),
    messages: optional("messages"),
    progress: nullable("progress"),
    attributes: optional("attributes"),
    returns: nullable("returns"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for LoadUncorrelatedAccountsTaskTask {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.completion_status, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.messages, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.attributes, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.returns, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// Extra attributes map(dictionary) for the task.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct LoadUncorrelatedAccountsTaskTaskAttributes {
    /// The id of qpoc job
    pub qpoc_job_id: Option<String>,
    /// the task start delay value
    pub task_start_delay: Option<::serde_json::Value>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl LoadUncorrelatedAccountsTaskTaskAttributes {
    /// Builds a `LoadUncorrelatedAccountsTaskTaskAttributes` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(LoadUncorrelatedAccountsTaskTaskAttributes {
    qpoc_job_id: optional::<String>(qpoc_job_id),
    task_start_delay: optional::<::serde_json::Value>(task_start_delay),
});
crate::serde_helpers::serde_struct!(LoadUncorrelatedAccountsTaskTaskAttributes {
    qpoc_job_id: optional("qpocJobId"),
    task_start_delay: nullable("taskStartDelay"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for LoadUncorrelatedAccountsTaskTaskAttributes {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.task_start_delay, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// Task completion status.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum LoadUncorrelatedAccountsTaskTaskCompletionStatus {
    /// `SUCCESS`
    Success,
    /// `WARNING`
    Warning,
    /// `ERROR`
    Error,
    /// `TERMINATED`
    Terminated,
    /// `TEMP_ERROR`
    TempError,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl LoadUncorrelatedAccountsTaskTaskCompletionStatus {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Success => "SUCCESS",
            Self::Warning => "WARNING",
            Self::Error => "ERROR",
            Self::Terminated => "TERMINATED",
            Self::TempError => "TEMP_ERROR",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for LoadUncorrelatedAccountsTaskTaskCompletionStatus {
    fn from(value: &str) -> Self {
        match value {
            "SUCCESS" => Self::Success,
            "WARNING" => Self::Warning,
            "ERROR" => Self::Error,
            "TERMINATED" => Self::Terminated,
            "TEMP_ERROR" => Self::TempError,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(LoadUncorrelatedAccountsTaskTaskCompletionStatus);
#[derive(Debug, Clone, PartialEq, Default)]
pub struct LoadUncorrelatedAccountsTaskTaskMessagesItem {
    /// Type of the message.
    pub r#type: Option<crate::LoadUncorrelatedAccountsTaskTaskMessagesItemType>,
    /// Flag whether message is an error.
    pub error: Option<bool>,
    /// Flag whether message is a warning.
    pub warning: Option<bool>,
    /// Message string identifier.
    pub key: Option<String>,
    /// Message context with the locale based language.
    pub localized_text: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl LoadUncorrelatedAccountsTaskTaskMessagesItem {
    /// Builds a `LoadUncorrelatedAccountsTaskTaskMessagesItem` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(LoadUncorrelatedAccountsTaskTaskMessagesItem {
    r#type: optional::<crate::LoadUncorrelatedAccountsTaskTaskMessagesItemType>(r#type),
    error: optional::<bool>(error),
    warning: optional::<bool>(warning),
    key: optional::<String>(key),
    localized_text: optional::<String>(localized_text),
});
crate::serde_helpers::serde_struct!(LoadUncorrelatedAccountsTaskTaskMessagesItem {
    r#type: optional("type"),
    error: optional("error"),
    warning: optional("warning"),
    key: optional("key"),
    localized_text: optional("localizedText"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for LoadUncorrelatedAccountsTaskTaskMessagesItem {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// Type of the message.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum LoadUncorrelatedAccountsTaskTaskMessagesItemType {
    /// `INFO`
    Info,
    /// `WARN`
    Warn,
    /// `ERROR`
    Error,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl LoadUncorrelatedAccountsTaskTaskMessagesItemType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Info => "INFO",
            Self::Warn => "WARN",
            Self::Error => "ERROR",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for LoadUncorrelatedAccountsTaskTaskMessagesItemType {
    fn from(value: &str) -> Self {
        match value {
            "INFO" => Self::Info,
            "WARN" => Self::Warn,
            "ERROR" => Self::Error,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(LoadUncorrelatedAccountsTaskTaskMessagesItemType);
