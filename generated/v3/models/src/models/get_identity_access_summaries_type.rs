#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum GetIdentityAccessSummariesType {
    /// `ROLE`
    Role,
    /// `ACCESS_PROFILE`
    AccessProfile,
    /// `ENTITLEMENT`
    Entitlement,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl GetIdentityAccessSummariesType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Role => "ROLE",
            Self::AccessProfile => "ACCESS_PROFILE",
            Self::Entitlement => "ENTITLEMENT",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for GetIdentityAccessSummariesType {
    fn from(value: &str) -> Self {
        match value {
            "ROLE" => Self::Role,
            "ACCESS_PROFILE" => Self::AccessProfile,
            "ENTITLEMENT" => Self::Entitlement,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(GetIdentityAccessSummariesType);
