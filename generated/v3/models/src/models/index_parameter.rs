#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum IndexParameter {
    /// `accessprofiles`
    Accessprofiles,
    /// `accountactivities`
    Accountactivities,
    /// `entitlements`
    Entitlements,
    /// `events`
    Events,
    /// `identities`
    Identities,
    /// `roles`
    Roles,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl IndexParameter {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Accessprofiles => "accessprofiles",
            Self::Accountactivities => "accountactivities",
            Self::Entitlements => "entitlements",
            Self::Events => "events",
            Self::Identities => "identities",
            Self::Roles => "roles",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for IndexParameter {
    fn from(value: &str) -> Self {
        match value {
            "accessprofiles" => Self::Accessprofiles,
            "accountactivities" => Self::Accountactivities,
            "entitlements" => Self::Entitlements,
            "events" => Self::Events,
            "identities" => Self::Identities,
            "roles" => Self::Roles,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(IndexParameter);
