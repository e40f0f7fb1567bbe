#[derive(Debug, Clone, PartialEq, Default)]
pub struct WorkflowExecutionEvent {
    /// The type of event
    pub r#type: Option<crate::WorkflowExecutionEventType>,
    /// The date-time when the event occurred
    pub timestamp: Option<crate::primitives::DateTime>,
    /// Additional attributes associated with the event
    pub attributes: Option<::serde_json::Value>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl WorkflowExecutionEvent {
    /// Builds a `WorkflowExecutionEvent` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(WorkflowExecutionEvent {
    r#type: optional::<crate::WorkflowExecutionEventType>(r#type),
    timestamp: optional::<crate::primitives::DateTime>(timestamp),
    attributes: optional::<::serde_json::Value>(attributes),
});
crate::serde_helpers::serde_struct!(WorkflowExecutionEvent {
    r#type: optional("type"),
    timestamp: optional("timestamp"),
    attributes: nullable("attributes"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for WorkflowExecutionEvent {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.attributes, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// The type of event
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum WorkflowExecutionEventType {
    /// `WorkflowExecutionScheduled`
    WorkflowExecutionScheduled,
    /// `WorkflowExecutionStarted`
    WorkflowExecutionStarted,
    /// `WorkflowExecutionCompleted`
    WorkflowExecutionCompleted,
    /// `WorkflowExecutionFailed`
    WorkflowExecutionFailed,
    /// `WorkflowTaskScheduled`
    WorkflowTaskScheduled,
    /// `WorkflowTaskStarted`
    WorkflowTaskStarted,
    /// `WorkflowTaskCompleted`
    WorkflowTaskCompleted,
    /// `WorkflowTaskFailed`
    WorkflowTaskFailed,
    /// `ActivityTaskScheduled`
    ActivityTaskScheduled,
    /// `ActivityTaskStarted`
    ActivityTaskStarted,
    /// `ActivityTaskCompleted`
    ActivityTaskCompleted,
    /// `ActivityTaskFailed`
    ActivityTaskFailed,
    /// `StartChildWorkflowExecutionInitiated`
    StartChildWorkflowExecutionInitiated,
    /// `ChildWorkflowExecutionStarted`
    ChildWorkflowExecutionStarted,
    /// `ChildWorkflowExecutionCompleted`
    ChildWorkflowExecutionCompleted,
    /// `ChildWorkflowExecutionFailed`
    ChildWorkflowExecutionFailed,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl WorkflowExecutionEventType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::WorkflowExecutionScheduled => "WorkflowExecutionScheduled",
            Self::WorkflowExecutionStarted => "WorkflowExecutionStarted",
            Self::WorkflowExecutionCompleted => "WorkflowExecutionCompleted",
            Self::WorkflowExecutionFailed => "WorkflowExecutionFailed",
            Self::WorkflowTaskScheduled => "WorkflowTaskScheduled",
            Self::WorkflowTaskStarted => "WorkflowTaskStarted",
            Self::WorkflowTaskCompleted => "WorkflowTaskCompleted",
            Self::WorkflowTaskFailed => "WorkflowTaskFailed",
            Self::ActivityTaskScheduled => "ActivityTaskScheduled",
            Self::ActivityTaskStarted => "ActivityTaskStarted",
            Self::ActivityTaskCompleted => "ActivityTaskCompleted",
            Self::ActivityTaskFailed => "ActivityTaskFailed",
            Self::StartChildWorkflowExecutionInitiated => {
                "StartChildWorkflowExecutionInitiated"
            }
            Self::ChildWorkflowExecutionStarted => "ChildWorkflowExecutionStarted",
            Self::ChildWorkflowExecutionCompleted => "ChildWorkflowExecutionCompleted",
            Self::ChildWorkflowExecutionFailed => "ChildWorkflowExecutionFailed",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for WorkflowExecutionEventType {
    fn from(value: &str) -> Self {
        match value {
            "WorkflowExecutionScheduled" => Self::WorkflowExecutionScheduled,
            "WorkflowExecutionStarted" => Self::WorkflowExecutionStarted,
            "WorkflowExecutionCompleted" => Self::WorkflowExecutionCompleted,
            "WorkflowExecutionFailed" => Self::WorkflowExecutionFailed,
            "WorkflowTaskScheduled" => Self::WorkflowTaskScheduled,
            "WorkflowTaskStarted" => Self::WorkflowTaskStarted,
            "WorkflowTaskCompleted" => Self::WorkflowTaskCompleted,
            "WorkflowTaskFailed" => Self::WorkflowTaskFailed,
            "ActivityTaskScheduled" => Self::ActivityTaskScheduled,
            "ActivityTaskStarted" => Self::ActivityTaskStarted,
            "ActivityTaskCompleted" => Self::ActivityTaskCompleted,
            "ActivityTaskFailed" => Self::ActivityTaskFailed,
            "StartChildWorkflowExecutionInitiated" => {
                Self::StartChildWorkflowExecutionInitiated
            }
            "ChildWorkflowExecutionStarted" => Self::ChildWorkflowExecutionStarted,
            "ChildWorkflowExecutionCompleted" => Self::ChildWorkflowExecutionCompleted,
            "ChildWorkflowExecutionFailed" => Self::ChildWorkflowExecutionFailed,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(WorkflowExecutionEventType);
