/// The state of a work item
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum WorkItemState {
    /// `Finished`
    Finished,
    /// `Rejected`
    Rejected,
    /// `Returned`
    Returned,
    /// `Expired`
    Expired,
    /// `Pending`
    Pending,
    /// `Canceled`
    Canceled,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl WorkItemState {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Finished => "Finished",
            Self::Rejected => "Rejected",
            Self::Returned => "Returned",
            Self::Expired => "Expired",
            Self::Pending => "Pending",
            Self::Canceled => "Canceled",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for WorkItemState {
    fn from(value: &str) -> Self {
        match value {
            "Finished" => Self::Finished,
            "Rejected" => Self::Rejected,
            "Returned" => Self::Returned,
            "Expired" => Self::Expired,
            "Pending" => Self::Pending,
            "Canceled" => Self::Canceled,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(WorkItemState);
