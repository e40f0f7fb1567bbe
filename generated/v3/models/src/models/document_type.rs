/// Enum representing the currently supported document types.
///
/// Additional values may be added in the future without notice.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum DocumentType {
    /// `accessprofile`
    Accessprofile,
    /// `accountactivity`
    Accountactivity,
    /// `entitlement`
    Entitlement,
    /// `event`
    Event,
    /// `identity`
    Identity,
    /// `role`
    Role,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl DocumentType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Accessprofile => "accessprofile",
            Self::Accountactivity => "accountactivity",
            Self::Entitlement => "entitlement",
            Self::Event => "event",
            Self::Identity => "identity",
            Self::Role => "role",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for DocumentType {
    fn from(value: &str) -> Self {
        match value {
            "accessprofile" => Self::Accessprofile,
            "accountactivity" => Self::Accountactivity,
            "entitlement" => Self::Entitlement,
            "event" => Self::Event,
            "identity" => Self::Identity,
            "role" => Self::Role,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(DocumentType);
