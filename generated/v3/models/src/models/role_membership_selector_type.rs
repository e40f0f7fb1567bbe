/// This enum characterizes the type of a Role's membership selector. Only the following two are fully supported:
///
/// STANDARD: Indicates that Role membership is defined in terms of a criteria expression
///
/// IDENTITY_LIST: Indicates that Role membership is conferred on the specific identities listed
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum RoleMembershipSelectorType {
    /// `STANDARD`
    Standard,
    /// `IDENTITY_LIST`
    IdentityList,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl RoleMembershipSelectorType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Standard => "STANDARD",
            Self::IdentityList => "IDENTITY_LIST",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for RoleMembershipSelectorType {
    fn from(value: &str) -> Self {
        match value {
            "STANDARD" => Self::Standard,
            "IDENTITY_LIST" => Self::IdentityList,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(RoleMembershipSelectorType);
