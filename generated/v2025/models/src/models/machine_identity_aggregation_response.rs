#[derive(Debug, Clone, PartialEq, Default)]
pub struct MachineIdentityAggregationResponse {
    /// System-generated unique ID of the Object
    pub id: Option<String>,
    /// Type of task for aggregation
    pub r#type: Option<crate::MachineIdentityAggregationResponseType>,
    /// Name of the task for aggregation
    pub unique_name: Option<String>,
    /// Description of the aggregation
    pub description: Option<String>,
    /// Name of the parent of the task for aggregation
    pub parent_name: Option<Option<String>>,
    /// Service to execute the aggregation
    pub launcher: Option<String>,
    /// The target(source) of the aggregation
    pub target: Option<crate::BaseReferenceDto>,
    /// Creation date of the aggregation
    pub created: Option<crate::primitives::DateTime>,
    /// Last modification date of the aggregation
    pub modified: Option<crate::primitives::DateTime>,
    /// Launch date of the aggregation
    pub launched: Option<Option<crate::primitives::DateTime>>,
    /// Completion date of the aggregation
    pub completed: Option<Option<crate::primitives::DateTime>>,
    pub task_definition_summary: Option<crate::TaskDefinitionSummary>,
    /// Completion status of the aggregation
    pub completion_status: Option<
        Option<crate::MachineIdentityAggregationResponseCompletionStatus>,
    >,
    /// Messages associated with the aggregation
    pub messages: Option<Vec<crate::TaskStatusMessage>>,
    /// Return values associated with the aggregation
    pub returns: Option<Vec<crate::TaskReturnDetails>>,
    /// Attributes of the aggregation
    pub attributes: Option<::serde_json::Value>,
    /// Current progress of aggregation
    pub progress: Option<Option<String>>,
    /// Current percentage completion of aggregation
    pub percent_complete: Option<i32>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl MachineIdentityAggregationResponse {
    /// Builds a `MachineIdentityAggregationResponse` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(MachineIdentityAggregationResponse {
    id: optional::<String>(id),
    r#type: optional::<crate::MachineIdentityAggregationResponseType>(r#type),
    unique_name: optional::<String>(unique_name),
    description: optional::<String>(description),
    parent_name: nullable::<String>(parent_name, parent_name_null),
    launcher: optional::<String>(launcher),
    target: optional::<crate::BaseReferenceDto>(target),
    created: optional::<crate::primitives::DateTime>(created),
    modified: optional::<crate::primitives::DateTime>(modified),
    launched: nullable::<crate::primitives::DateTime>(launched, launched_null),
    completed: nullable::<crate::primitives::DateTime>(completed, completed_null),
    task_definition_summary: optional::<crate::TaskDefinitionSummary>(task_definition_summary),
    completion_status: nullable::<crate::MachineIdentityAggregationResponseCompletionStatus>(completion_status, completion_status_null),
    messages: optional::<Vec<crate::TaskStatusMessage>>(messages),
    returns: optional::<Vec<crate::TaskReturnDetails>>(returns),
    attributes: optional::<::serde_json::Value>(attributes),
    progress: nullable::<String>(progress, progress_null),
    percent_complete: optional::<i32>(percent_complete),
});
crate::serde_helpers::serde_struct!(MachineIdentityAggregationResponse {
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
impl crate::serde_helpers::SchemaFit for MachineIdentityAggregationResponse {
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
/// Completion status of the aggregation
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum MachineIdentityAggregationResponseCompletionStatus {
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
impl MachineIdentityAggregationResponseCompletionStatus {
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
impl From<&str> for MachineIdentityAggregationResponseCompletionStatus {
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
crate::serde_helpers::string_enum!(MachineIdentityAggregationResponseCompletionStatus);
/// Type of task for aggregation
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum MachineIdentityAggregationResponseType {
    /// `QUARTZ`
    Quartz,
    /// `QPOC`
    Qpoc,
    /// `QUEUED_TASK`
    QueuedTask,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl MachineIdentityAggregationResponseType {
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
impl From<&str> for MachineIdentityAggregationResponseType {
    fn from(value: &str) -> Self {
        match value {
            "QUARTZ" => Self::Quartz,
            "QPOC" => Self::Qpoc,
            "QUEUED_TASK" => Self::QueuedTask,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(MachineIdentityAggregationResponseType);
