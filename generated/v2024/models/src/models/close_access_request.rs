/// Request body payload for close access requests endpoint.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CloseAccessRequest {
    /// Access Request IDs for the requests to be closed. Accepts 1-500 Identity Request IDs per request.
    pub access_request_ids: Vec<String>,
    /// Reason for closing the access request. Displayed under Warnings in IdentityNow.
    pub message: Option<String>,
    /// The request's provisioning status. Displayed as Stage in IdentityNow.
    pub execution_status: Option<crate::CloseAccessRequestExecutionStatus>,
    /// The request's overall status. Displayed as Status in IdentityNow.
    pub completion_status: Option<crate::CloseAccessRequestCompletionStatus>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl CloseAccessRequest {
    /// Builds a `CloseAccessRequest` from its required fields; the others are unset.
    pub fn new(access_request_ids: impl Into<Vec<String>>) -> Self {
        Self {
            access_request_ids: access_request_ids.into(),
            message: None,
            execution_status: None,
            completion_status: None,
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::setters!(CloseAccessRequest {
    message: optional::<String>(message),
    execution_status: optional::<crate::CloseAccessRequestExecutionStatus>(execution_status),
    completion_status: optional::<crate::CloseAccessRequestCompletionStatus>(completion_status),
});
crate::serde_helpers::serde_struct!(CloseAccessRequest {
    access_request_ids: required("accessRequestIds"),
    message: optional("message"),
    execution_status: optional("executionStatus"),
    completion_status: optional("completionStatus"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for CloseAccessRequest {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.execution_status, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.completion_status, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// The request's overall status. Displayed as Status in IdentityNow.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum CloseAccessRequestCompletionStatus {
    /// `Success`
    Success,
    /// `Incomplete`
    Incomplete,
    /// `Failure`
    Failure,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl CloseAccessRequestCompletionStatus {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Success => "Success",
            Self::Incomplete => "Incomplete",
            Self::Failure => "Failure",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for CloseAccessRequestCompletionStatus {
    fn from(value: &str) -> Self {
        match value {
            "Success" => Self::Success,
            "Incomplete" => Self::Incomplete,
            "Failure" => Self::Failure,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(CloseAccessRequestCompletionStatus);
/// The request's provisioning status. Displayed as Stage in IdentityNow.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum CloseAccessRequestExecutionStatus {
    /// `Terminated`
    Terminated,
    /// `Completed`
    Completed,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl CloseAccessRequestExecutionStatus {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Terminated => "Terminated",
            Self::Completed => "Completed",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for CloseAccessRequestExecutionStatus {
    fn from(value: &str) -> Self {
        match value {
            "Terminated" => Self::Terminated,
            "Completed" => Self::Completed,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(CloseAccessRequestExecutionStatus);
