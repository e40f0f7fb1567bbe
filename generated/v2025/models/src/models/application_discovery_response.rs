#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ApplicationDiscoveryResponse {
    /// System-generated unique ID of the Object
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Type of task for app discovery
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<crate::ApplicationDiscoveryResponseType>,
    /// Name of the task for app discovery
    #[serde(rename = "uniqueName", default, skip_serializing_if = "Option::is_none")]
    pub unique_name: Option<String>,
    /// Description of the app discovery aggregation
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Name of the parent of the task for app discovery
    #[serde(
        rename = "parentName",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub parent_name: Option<Option<String>>,
    /// Service to execute app discovery
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub launcher: Option<String>,
    /// The target(source) of app discovery
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target: Option<crate::BaseReferenceDto>,
    /// Creation date of app discovery task
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created: Option<crate::primitives::DateTime>,
    /// Last modification date of app discovery task
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub modified: Option<crate::primitives::DateTime>,
    /// Launch date of app discovery task
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub launched: Option<Option<crate::primitives::DateTime>>,
    /// Completion date of app discovery task
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub completed: Option<Option<crate::primitives::DateTime>>,
    #[serde(
        rename = "taskDefinitionSummary",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub task_definition_summary: Option<crate::TaskDefinitionSummary>,
    /// Completion status of app discovery task
    #[serde(
        rename = "completionStatus",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub completion_status: Option<
        Option<crate::ApplicationDiscoveryResponseCompletionStatus>,
    >,
    /// Messages associated with the app discovery task
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub messages: Option<Vec<crate::TaskStatusMessage>>,
    /// Return values associated with the app discovery task
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub returns: Option<Vec<crate::TaskReturnDetails>>,
    /// Attributes of the app discovery task
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub attributes: Option<::serde_json::Value>,
    /// Current progress of aggregation
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub progress: Option<Option<String>>,
    /// Current percentage completion of app discovery task
    #[serde(
        rename = "percentComplete",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub percent_complete: Option<i32>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl ApplicationDiscoveryResponse {
    /// Builds a `ApplicationDiscoveryResponse` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
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
