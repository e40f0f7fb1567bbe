/// Enum represents action that is being processed on an approval.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum PendingApprovalAction {
    /// `APPROVED`
    Approved,
    /// `REJECTED`
    Rejected,
    /// `FORWARDED`
    Forwarded,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl PendingApprovalAction {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Approved => "APPROVED",
            Self::Rejected => "REJECTED",
            Self::Forwarded => "FORWARDED",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for PendingApprovalAction {
    fn from(value: &str) -> Self {
        match value {
            "APPROVED" => Self::Approved,
            "REJECTED" => Self::Rejected,
            "FORWARDED" => Self::Forwarded,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(PendingApprovalAction);
