#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum RoleMiningPotentialRoleExportState {
    /// `QUEUED`
    Queued,
    /// `IN_PROGRESS`
    InProgress,
    /// `SUCCESS`
    Success,
    /// `ERROR`
    Error,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl RoleMiningPotentialRoleExportState {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Queued => "QUEUED",
            Self::InProgress => "IN_PROGRESS",
            Self::Success => "SUCCESS",
            Self::Error => "ERROR",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for RoleMiningPotentialRoleExportState {
    fn from(value: &str) -> Self {
        match value {
            "QUEUED" => Self::Queued,
            "IN_PROGRESS" => Self::InProgress,
            "SUCCESS" => Self::Success,
            "ERROR" => Self::Error,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(RoleMiningPotentialRoleExportState);
