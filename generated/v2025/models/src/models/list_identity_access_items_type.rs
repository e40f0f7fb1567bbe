#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ListIdentityAccessItemsType {
    /// `account`
    Account,
    /// `entitlement`
    Entitlement,
    /// `app`
    App,
    /// `accessProfile`
    AccessProfile,
    /// `role`
    Role,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl ListIdentityAccessItemsType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Account => "account",
            Self::Entitlement => "entitlement",
            Self::App => "app",
            Self::AccessProfile => "accessProfile",
            Self::Role => "role",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for ListIdentityAccessItemsType {
    fn from(value: &str) -> Self {
        match value {
            "account" => Self::Account,
            "entitlement" => Self::Entitlement,
            "app" => Self::App,
            "accessProfile" => Self::AccessProfile,
            "role" => Self::Role,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(ListIdentityAccessItemsType);
