/// The state of an approval status
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum AccountActivityApprovalStatus {
    /// `FINISHED`
    Finished,
    /// `REJECTED`
    Rejected,
    /// `RETURNED`
    Returned,
    /// `EXPIRED`
    Expired,
    /// `PENDING`
    Pending,
    /// `CANCELED`
    Canceled,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl AccountActivityApprovalStatus {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Finished => "FINISHED",
            Self::Rejected => "REJECTED",
            Self::Returned => "RETURNED",
            Self::Expired => "EXPIRED",
            Self::Pending => "PENDING",
            Self::Canceled => "CANCELED",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for AccountActivityApprovalStatus {
    fn from(value: &str) -> Self {
        match value {
            "FINISHED" => Self::Finished,
            "REJECTED" => Self::Rejected,
            "RETURNED" => Self::Returned,
            "EXPIRED" => Self::Expired,
            "PENDING" => Self::Pending,
            "CANCELED" => Self::Canceled,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(AccountActivityApprovalStatus);
