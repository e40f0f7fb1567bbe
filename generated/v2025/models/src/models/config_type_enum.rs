/// Enum list of valid work types that can be selected for a Reassignment Configuration
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ConfigTypeEnum {
    /// `ACCESS_REQUESTS`
    AccessRequests,
    /// `CERTIFICATIONS`
    Certifications,
    /// `MANUAL_TASKS`
    ManualTasks,
    /// `GENERIC_APPROVALS`
    GenericApprovals,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl ConfigTypeEnum {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AccessRequests => "ACCESS_REQUESTS",
            Self::Certifications => "CERTIFICATIONS",
            Self::ManualTasks => "MANUAL_TASKS",
            Self::GenericApprovals => "GENERIC_APPROVALS",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for ConfigTypeEnum {
    fn from(value: &str) -> Self {
        match value {
            "ACCESS_REQUESTS" => Self::AccessRequests,
            "CERTIFICATIONS" => Self::Certifications,
            "MANUAL_TASKS" => Self::ManualTasks,
            "GENERIC_APPROVALS" => Self::GenericApprovals,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(ConfigTypeEnum);
