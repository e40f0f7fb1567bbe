/// Enum representing the non-employee request approval status
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ApprovalStatus {
    /// `APPROVED`
    Approved,
    /// `REJECTED`
    Rejected,
    /// `PENDING`
    Pending,
    /// `NOT_READY`
    NotReady,
    /// `CANCELLED`
    Cancelled,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl ApprovalStatus {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Approved => "APPROVED",
            Self::Rejected => "REJECTED",
            Self::Pending => "PENDING",
            Self::NotReady => "NOT_READY",
            Self::Cancelled => "CANCELLED",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for ApprovalStatus {
    fn from(value: &str) -> Self {
        match value {
            "APPROVED" => Self::Approved,
            "REJECTED" => Self::Rejected,
            "PENDING" => Self::Pending,
            "NOT_READY" => Self::NotReady,
            "CANCELLED" => Self::Cancelled,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(ApprovalStatus);
