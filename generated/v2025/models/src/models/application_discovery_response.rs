#[derive(Debug, Clone, PartialEq, Default)]
pub struct ApplicationDiscoveryResponse {
    /// System-generated unique ID of the Object
    pub id: Option<String>,
    /// Type of task for app discovery
    pub r#type: Option<crate::ApplicationDiscoveryResponseType>,
    /// Name of the task for app discovery
    pub unique_name: Option<String>,
    /// Description of the app discovery aggregation
    pub description: Option<String>,
    /// Name of the parent of the task for app discovery
    pub parent_name: Option<Option<String>>,
    /// Service to execute app discovery
    pub launcher: Option<String>,
    /// The target(source) of app discovery
    pub target: Option<crate::BaseReferenceDto>,
    /// Creation date of app discovery task
    pub created: Option<crate::primitives::DateTime>,
    /// Last modification date of app discovery task
    pub modified: Option<crate::primitives::DateTime>,
    /// Launch date of app discovery task
    pub launched: Option<Option<crate::primitives::DateTime>>,
    /// Completion date of app discovery task
    pub completed: Option<Option<crate::primitives::DateTime>>,
    pub task_definition_summary: Option<crate::TaskDefinitionSummary>,
    /// Completion status of app discovery task
    pub completion_status: Option<
        Option<crate::ApplicationDiscoveryResponseCompletionStatus>,
    >,
    /// Messages associated with the app discovery task
    pub messages: Option<Vec<crate::TaskStatusMessage>>,
    /// Return values associated with the app discovery task
    pub returns: Option<Vec<crate::TaskReturnDetails>>,
    /// Attributes of the app discovery task
    pub attributes: Option<::serde_json::Value>,
    /// Current progress of aggregation
    pub progress: Option<Option<String>>,
    /// Current percentage completion of app discovery task
    pub percent_complete: Option<i32>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl ApplicationDiscoveryResponse {
    /// Builds a `ApplicationDiscoveryResponse` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `id`.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
    /// Sets `type`.
    pub fn r#type(
        mut self,
        value: impl Into<crate::ApplicationDiscoveryResponseType>,
    ) -> Self {
        self.r#type = Some(value.into());
        self
    }
    /// Sets `unique_name`.
    pub fn unique_name(mut self, value: impl Into<String>) -> Self {
        self.unique_name = Some(value.into());
        self
    }
    /// Sets `description`.
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }
    /// Sets `parent_name`.
    pub fn parent_name(mut self, value: impl Into<String>) -> Self {
        self.parent_name = Some(Some(value.into()));
        self
    }
    /// Sets `parent_name` to an explicit `null`.
    pub fn parent_name_null(mut self) -> Self {
        self.parent_name = Some(None);
        self
    }
    /// Sets `launcher`.
    pub fn launcher(mut self, value: impl Into<String>) -> Self {
        self.launcher = Some(value.into());
        self
    }
    /// Sets `target`.
    pub fn target(mut self, value: impl Into<crate::BaseReferenceDto>) -> Self {
        self.target = Some(value.into());
        self
    }
    /// Sets `created`.
    pub fn created(mut self, value: impl Into<crate::primitives::DateTime>) -> Self {
        self.created = Some(value.into());
        self
    }
    /// Sets `modified`.
    pub fn modified(mut self, value: impl Into<crate::primitives::DateTime>) -> Self {
        self.modified = Some(value.into());
        self
    }
    /// Sets `launched`.
    pub fn launched(mut self, value: impl Into<crate::primitives::DateTime>) -> Self {
        self.launched = Some(Some(value.into()));
        self
    }
    /// Sets `launched` to an explicit `null`.
    pub fn launched_null(mut self) -> Self {
        self.launched = Some(None);
        self
    }
    /// Sets `completed`.
    pub fn completed(mut self, value: impl Into<crate::primitives::DateTime>) -> Self {
        self.completed = Some(Some(value.into()));
        self
    }
    /// Sets `completed` to an explicit `null`.
    pub fn completed_null(mut self) -> Self {
        self.completed = Some(None);
        self
    }
    /// Sets `task_definition_summary`.
    pub fn task_definition_summary(
        mut self,
        value: impl Into<crate::TaskDefinitionSummary>,
    ) -> Self {
        self.task_definition_summary = Some(value.into());
        self
    }
    /// Sets `completion_status`.
    pub fn completion_status(
        mut self,
        value: impl Into<crate::ApplicationDiscoveryResponseCompletionStatus>,
    ) -> Self {
        self.completion_status = Some(Some(value.into()));
        self
    }
    /// Sets `completion_status` to an explicit `null`.
    pub fn completion_status_null(mut self) -> Self {
        self.completion_status = Some(None);
        self
    }
    /// Sets `messages`.
    pub fn messages(mut self, value: impl Into<Vec<crate::TaskStatusMessage>>) -> Self {
        self.messages = Some(value.into());
        self
    }
    /// Sets `returns`.
    pub fn returns(mut self, value: impl Into<Vec<crate::TaskReturnDetails>>) -> Self {
        self.returns = Some(value.into());
        self
    }
    /// Sets `attributes`.
    pub fn attributes(mut self, value: impl Into<::serde_json::Value>) -> Self {
        self.attributes = Some(value.into());
        self
    }
    /// Sets `progress`.
    pub fn progress(mut self, value: impl Into<String>) -> Self {
        self.progress = Some(Some(value.into()));
        self
    }
    /// Sets `progress` to an explicit `null`.
    pub fn progress_null(mut self) -> Self {
        self.progress = Some(None);
        self
    }
    /// Sets `percent_complete`.
    pub fn percent_complete(mut self, value: impl Into<i32>) -> Self {
        self.percent_complete = Some(value.into());
        self
    }
}
crate::serde_helpers::serde_struct!(ApplicationDiscoveryResponse {
    id: optional("id"),
    r#type: optional("type"),
    unique_name: optional("uniqueName"),
    description: optional("description"),
    parent_name: nullable("parentName"),
    launcher: optional("launcher"),
    target: optional("target"),
    created: optional("created"),
    modified: optional("modified"),
    launched: nullable("launched"),
    completed: nullable("completed"),
    task_definition_summary: optional("taskDefinitionSummary"),
    completion_status: nullable("completionStatus"),
    messages: optional("messages"),
    returns: optional("returns"),
    attributes: nullable("attributes"),
    progress: nullable("progress"),
    percent_complete: optional("percentComplete"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for ApplicationDiscoveryResponse {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.target, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.task_definition_summary, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.completion_status, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.messages, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.returns, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.attributes, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// Completion status of app discovery task
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ApplicationDiscoveryResponseCompletionStatus {
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
impl ApplicationDiscoveryResponseCompletionStatus {
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
impl From<&str> for ApplicationDiscoveryResponseCompletionStatus {
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
crate::serde_helpers::string_enum!(ApplicationDiscoveryResponseCompletionStatus);
/// Type of task for app discovery
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ApplicationDiscoveryResponseType {
    /// `QUARTZ`
    Quartz,
    /// `QPOC`
    Qpoc,
    /// `QUEUED_TASK`
    QueuedTask,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl ApplicationDiscoveryResponseType {
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
impl From<&str> for ApplicationDiscoveryResponseType {
    fn from(value: &str) -> Self {
        match value {
            "QUARTZ" => Self::Quartz,
            "QPOC" => Self::Qpoc,
            "QUEUED_TASK" => Self::QueuedTask,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(ApplicationDiscoveryResponseType);
