#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum CompareIdentitySnapshotsAccessTypeAccessType {
    /// `accessProfile`
    AccessProfile,
    /// `account`
    Account,
    /// `app`
    App,
    /// `entitlement`
    Entitlement,
    /// `role`
    Role,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl CompareIdentitySnapshotsAccessTypeAccessType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AccessProfile => "accessProfile",
            Self::Account => "account",
            Self::App => "app",
            Self::Entitlement => "entitlement",
            Self::Role => "role",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for CompareIdentitySnapshotsAccessTypeAccessType {
    fn from(value: &str) -> Self {
        match value {
            "accessProfile" => Self::AccessProfile,
            "account" => Self::Account,
            "app" => Self::App,
            "entitlement" => Self::Entitlement,
            "role" => Self::Role,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(CompareIdentitySnapshotsAccessTypeAccessType);
