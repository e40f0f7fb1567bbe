/// The decision to approve or revoke the review item
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum CertificationDecision {
    /// `APPROVE`
    Approve,
    /// `REVOKE`
    Revoke,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl CertificationDecision {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Approve => "APPROVE",
            Self::Revoke => "REVOKE",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for CertificationDecision {
    fn from(value: &str) -> Self {
        match value {
            "APPROVE" => Self::Approve,
            "REVOKE" => Self::Revoke,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(CertificationDecision);
