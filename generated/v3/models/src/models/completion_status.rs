/// The status after completion.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum CompletionStatus {
    /// `SUCCESS`
    Success,
    /// `FAILURE`
    Failure,
    /// `INCOMPLETE`
    Incomplete,
    /// `PENDING`
    Pending,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl CompletionStatus {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Success => "SUCCESS",
            Self::Failure => "FAILURE",
            Self::Incomplete => "INCOMPLETE",
            Self::Pending => "PENDING",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for CompletionStatus {
    fn from(value: &str) -> Self {
        match value {
            "SUCCESS" => Self::Success,
            "FAILURE" => Self::Failure,
            "INCOMPLETE" => Self::Incomplete,
            "PENDING" => Self::Pending,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(CompletionStatus);
