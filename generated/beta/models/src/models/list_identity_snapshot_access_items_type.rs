#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ListIdentitySnapshotAccessItemsType {
    /// `role`
    Role,
    /// `access_profile`
    AccessProfile,
    /// `entitlement`
    Entitlement,
    /// `app`
    App,
    /// `account`
    Account,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl ListIdentitySnapshotAccessItemsType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Role => "role",
            Self::AccessProfile => "access_profile",
            Self::Entitlement => "entitlement",
            Self::App => "app",
            Self::Account => "account",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for ListIdentitySnapshotAccessItemsType {
    fn from(value: &str) -> Self {
        match value {
            "role" => Self::Role,
            "access_profile" => Self::AccessProfile,
            "entitlement" => Self::Entitlement,
            "app" => Self::App,
            "account" => Self::Account,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(ListIdentitySnapshotAccessItemsType);
