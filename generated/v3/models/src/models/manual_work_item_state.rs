/// Indicates the state of the request processing for this item:
/// * PENDING: The request for this item is awaiting processing.
/// * APPROVED: The request for this item has been approved.
/// * REJECTED: The request for this item was rejected.
/// * EXPIRED: The request for this item expired with no action taken.
/// * CANCELLED: The request for this item was cancelled with no user action.
/// * ARCHIVED: The request for this item has been archived after completion.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ManualWorkItemState {
    /// `PENDING`
    Pending,
    /// `APPROVED`
    Approved,
    /// `REJECTED`
    Rejected,
    /// `EXPIRED`
    Expired,
    /// `CANCELLED`
    Cancelled,
    /// `ARCHIVED`
    Archived,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl ManualWorkItemState {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Pending => "PENDING",
            Self::Approved => "APPROVED",
            Self::Rejected => "REJECTED",
            Self::Expired => "EXPIRED",
            Self::Cancelled => "CANCELLED",
            Self::Archived => "ARCHIVED",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for ManualWorkItemState {
    fn from(value: &str) -> Self {
        match value {
            "PENDING" => Self::Pending,
            "APPROVED" => Self::Approved,
            "REJECTED" => Self::Rejected,
            "EXPIRED" => Self::Expired,
            "CANCELLED" => Self::Cancelled,
            "ARCHIVED" => Self::Archived,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(ManualWorkItemState);
