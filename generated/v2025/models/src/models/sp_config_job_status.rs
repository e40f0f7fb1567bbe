/// Status of the job.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum SpConfigJobStatus {
    /// `NOT_STARTED`
    NotStarted,
    /// `IN_PROGRESS`
    InProgress,
    /// `COMPLETE`
    Complete,
    /// `CANCELLED`
    Cancelled,
    /// `FAILED`
    Failed,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl SpConfigJobStatus {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::NotStarted => "NOT_STARTED",
            Self::InProgress => "IN_PROGRESS",
            Self::Complete => "COMPLETE",
            Self::Cancelled => "CANCELLED",
            Self::Failed => "FAILED",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for SpConfigJobStatus {
    fn from(value: &str) -> Self {
        match value {
            "NOT_STARTED" => Self::NotStarted,
            "IN_PROGRESS" => Self::InProgress,
            "COMPLETE" => Self::Complete,
            "CANCELLED" => Self::Cancelled,
            "FAILED" => Self::Failed,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(SpConfigJobStatus);
