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
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl WorkflowExecution {
    /// Builds a `WorkflowExecution` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `id`.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
    /// Sets `workflow_id`.
    pub fn workflow_id(mut self, value: impl Into<String>) -> Self {
        self.workflow_id = Some(value.into());
        self
    }
    /// Sets `request_id`.
    pub fn request_id(mut self, value: impl Into<String>) -> Self {
        self.request_id = Some(value.into());
        self
    }
    /// Sets `start_time`.
    pub fn start_time(mut self, value: impl Into<crate::primitives::DateTime>) -> Self {
        self.start_time = Some(value.into());
        self
    }
    /// Sets `close_time`.
    pub fn close_time(mut self, value: impl Into<crate::primitives::DateTime>) -> Self {
        self.close_time = Some(value.into());
        self
    }
    /// Sets `status`.
    pub fn status(mut self, value: impl Into<crate::WorkflowExecutionStatus>) -> Self {
        self.status = Some(value.into());
        self
    }
}
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
