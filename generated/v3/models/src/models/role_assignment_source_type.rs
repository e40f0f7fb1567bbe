/// Type which indicates how a particular Identity obtained a particular Role
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum RoleAssignmentSourceType {
    /// `ACCESS_REQUEST`
    AccessRequest,
    /// `ROLE_MEMBERSHIP`
    RoleMembership,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl RoleAssignmentSourceType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AccessRequest => "ACCESS_REQUEST",
            Self::RoleMembership => "ROLE_MEMBERSHIP",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for RoleAssignmentSourceType {
    fn from(value: &str) -> Self {
        match value {
            "ACCESS_REQUEST" => Self::AccessRequest,
            "ROLE_MEMBERSHIP" => Self::RoleMembership,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(RoleAssignmentSourceType);
