/// Enum represents completed approval object's state.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum CompletedApprovalState {
    /// `APPROVED`
    Approved,
    /// `REJECTED`
    Rejected,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl CompletedApprovalState {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Approved => "APPROVED",
            Self::Rejected => "REJECTED",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for CompletedApprovalState {
    fn from(value: &str) -> Self {
        match value {
            "APPROVED" => Self::Approved,
            "REJECTED" => Self::Rejected,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(CompletedApprovalState);
