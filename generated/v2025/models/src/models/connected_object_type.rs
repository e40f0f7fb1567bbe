/// An enumeration of the types of Objects associated with a Governance Group. Supported object types are ACCESS_PROFILE, ROLE, SOD_POLICY and SOURCE.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ConnectedObjectType {
    /// `ACCESS_PROFILE`
    AccessProfile,
    /// `ROLE`
    Role,
    /// `SOD_POLICY`
    SodPolicy,
    /// `SOURCE`
    Source,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl ConnectedObjectType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AccessProfile => "ACCESS_PROFILE",
            Self::Role => "ROLE",
            Self::SodPolicy => "SOD_POLICY",
            Self::Source => "SOURCE",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for ConnectedObjectType {
    fn from(value: &str) -> Self {
        match value {
            "ACCESS_PROFILE" => Self::AccessProfile,
            "ROLE" => Self::Role,
            "SOD_POLICY" => Self::SodPolicy,
            "SOURCE" => Self::Source,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(ConnectedObjectType);
