#[derive(Debug, Clone, PartialEq, Default)]
pub struct TaskResultSimplified {
    /// Task identifier
    pub id: Option<String>,
    /// Task name
    pub name: Option<String>,
    /// Task description
    pub description: Option<String>,
    /// User or process who launched the task
    pub launcher: Option<String>,
    /// Date time of completion
    pub completed: Option<crate::primitives::DateTime>,
    /// Date time when the task was launched
    pub launched: Option<crate::primitives::DateTime>,
    /// Task result status
    pub completion_status: Option<crate::TaskResultSimplifiedCompletionStatus>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl TaskResultSimplified {
    /// Builds a `TaskResultSimplified` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(TaskResultSimplified {
    id: optional::<String>(id),
    name: optional::<String>(name),
    description: optional::<String>(description),
    launcher: optional::<String>(launcher),
    completed: optional::<crate::primitives::DateTime>(completed),
    launched: optional::<crate::primitives::DateTime>(launched),
    completion_status: optional::<crate::TaskResultSimplifiedCompletionStatus>(completion_status),
});
crate::serde_helpers::serde_struct!(TaskResultSimplified {
    id: optional("id"),
    name: optional("name"),
    description: optional("description"),
    launcher: optional("launcher"),
    completed: optional("completed"),
    launched: optional("launched"),
    completion_status: optional("completionStatus"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for TaskResultSimplified {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.completion_status, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// Task result status
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum TaskResultSimplifiedCompletionStatus {
    /// `Success`
    Success,
    /// `Warning`
    Warning,
    /// `Error`
    Error,
    /// `Terminated`
    Terminated,
    /// `TempError`
    TempError,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl TaskResultSimplifiedCompletionStatus {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Success => "Success",
            Self::Warning => "Warning",
            Self::Error => "Error",
            Self::Terminated => "Terminated",
            Self::TempError => "TempError",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for TaskResultSimplifiedCompletionStatus {
    fn from(value: &str) -> Self {
        match value {
            "Success" => Self::Success,
            "Warning" => Self::Warning,
            "Error" => Self::Error,
            "Terminated" => Self::Terminated,
            "TempError" => Self::TempError,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(TaskResultSimplifiedCompletionStatus);
