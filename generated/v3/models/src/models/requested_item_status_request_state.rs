/// Indicates the state of an access request:
/// * EXECUTING: The request is executing, which indicates the system is doing some processing.
/// * REQUEST_COMPLETED: Indicates the request  has been completed.
/// * CANCELLED: The request was cancelled with no user input.
/// * TERMINATED: The request has been terminated before it was able to complete.
/// * PROVISIONING_VERIFICATION_PENDING: The request has finished any approval steps and provisioning is waiting to be verified.
/// * REJECTED: The request was rejected.
/// * PROVISIONING_FAILED: The request has failed to complete.
/// * NOT_ALL_ITEMS_PROVISIONED: One or more of the requested items failed to complete, but there were one or more  successes.
/// * ERROR: An error occurred during request processing.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum RequestedItemStatusRequestState {
    /// `EXECUTING`
    Executing,
    /// `REQUEST_COMPLETED`
    RequestCompleted,
    /// `CANCELLED`
    Cancelled,
    /// `TERMINATED`
    Terminated,
    /// `PROVISIONING_VERIFICATION_PENDING`
    ProvisioningVerificationPending,
    /// `REJECTED`
    Rejected,
    /// `PROVISIONING_FAILED`
    ProvisioningFailed,
    /// `NOT_ALL_ITEMS_PROVISIONED`
    NotAllItemsProvisioned,
    /// `ERROR`
    Error,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl RequestedItemStatusRequestState {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Executing => "EXECUTING",
            Self::RequestCompleted => "REQUEST_COMPLETED",
            Self::Cancelled => "CANCELLED",
            Self::Terminated => "TERMINATED",
            Self::ProvisioningVerificationPending => "PROVISIONING_VERIFICATION_PENDING",
            Self::Rejected => "REJECTED",
            Self::ProvisioningFailed => "PROVISIONING_FAILED",
            Self::NotAllItemsProvisioned => "NOT_ALL_ITEMS_PROVISIONED",
            Self::Error => "ERROR",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for RequestedItemStatusRequestState {
    fn from(value: &str) -> Self {
        match value {
            "EXECUTING" => Self::Executing,
            "REQUEST_COMPLETED" => Self::RequestCompleted,
            "CANCELLED" => Self::Cancelled,
            "TERMINATED" => Self::Terminated,
            "PROVISIONING_VERIFICATION_PENDING" => Self::ProvisioningVerificationPending,
            "REJECTED" => Self::Rejected,
            "PROVISIONING_FAILED" => Self::ProvisioningFailed,
            "NOT_ALL_ITEMS_PROVISIONED" => Self::NotAllItemsProvisioned,
            "ERROR" => Self::Error,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(RequestedItemStatusRequestState);
