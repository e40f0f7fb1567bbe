/// The current state of execution.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ExecutionStatus {
    /// `EXECUTING`
    Executing,
    /// `VERIFYING`
    Verifying,
    /// `TERMINATED`
    Terminated,
    /// `COMPLETED`
    Completed,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl ExecutionStatus {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Executing => "EXECUTING",
            Self::Verifying => "VERIFYING",
            Self::Terminated => "TERMINATED",
            Self::Completed => "COMPLETED",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for ExecutionStatus {
    fn from(value: &str) -> Self {
        match value {
            "EXECUTING" => Self::Executing,
            "VERIFYING" => Self::Verifying,
            "TERMINATED" => Self::Terminated,
            "COMPLETED" => Self::Completed,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(ExecutionStatus);
