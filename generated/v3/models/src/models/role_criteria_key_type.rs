/// Indicates whether the associated criteria represents an expression on identity attributes, account attributes, or entitlements, respectively.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum RoleCriteriaKeyType {
    /// `IDENTITY`
    Identity,
    /// `ACCOUNT`
    Account,
    /// `ENTITLEMENT`
    Entitlement,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl RoleCriteriaKeyType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Identity => "IDENTITY",
            Self::Account => "ACCOUNT",
            Self::Entitlement => "ENTITLEMENT",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for RoleCriteriaKeyType {
    fn from(value: &str) -> Self {
        match value {
            "IDENTITY" => Self::Identity,
            "ACCOUNT" => Self::Account,
            "ENTITLEMENT" => Self::Entitlement,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(RoleCriteriaKeyType);
