#[derive(Debug, Clone, PartialEq, Default)]
pub struct WorkflowExecution {
    /// Workflow execution ID.
    pub id: Option<String>,
    /// Workflow ID.
    pub workflow_id: Option<String>,
    /// Backend ID that tracks a workflow request in the system. Provide this ID in a customer support ticket for debugging purposes.
    pub request_id: Option<String>,
    /// Date/time when the workflow started.
    pub start_time: Option<crate::primitives::DateTime>,
    /// Date/time when the workflow ended.
    pub close_time: Option<crate::primitives::DateTime>,
    /// Workflow execution status.
    pub status: Option<crate::WorkflowExecutionStatus>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl WorkflowExecution {
    /// Builds a `WorkflowExecution` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(WorkflowExecution {
    id: optional::<String>(id),
    workflow_id: optional::<String>(workflow_id),
    request_id: optional::<String>(request_id),
    start_time: optional::<crate::primitives::DateTime>(start_time),
    close_time: optional::<crate::primitives::DateTime>(close_time),
    status: optional::<crate::WorkflowExecutionStatus>(status),
});
crate::serde_helpers::serde_struct!(WorkflowExecution {
    id: optional("id"),
    workflow_id: optional("workflowId"),
    request_id: optional("requestId"),
    start_time: optional("startTime"),
    close_time: optional("closeTime"),
    status: optional("status"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for WorkflowExecution {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.status, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// Workflow execution status.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum WorkflowExecutionStatus {
    /// `Completed`
    Completed,
    /// `Failed`
    Failed,
    /// `Canceled`
    Canceled,
    /// `Queued`
    Queued,
    /// `Running`
    Running,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl WorkflowExecutionStatus {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Completed => "Completed",
            Self::Failed => "Failed",
            Self::Canceled => "Canceled",
            Self::Queued => "Queued",
            Self::Running => "Running",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for WorkflowExecutionStatus {
    fn from(value: &str) -> Self {
        match value {
            "Completed" => Self::Completed,
            "Failed" => Self::Failed,
            "Canceled" => Self::Canceled,
            "Queued" => Self::Queued,
            "Running" => Self::Running,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(WorkflowExecutionStatus);
