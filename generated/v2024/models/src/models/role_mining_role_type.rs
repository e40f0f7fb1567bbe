/// Role type
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum RoleMiningRoleType {
    /// `SPECIALIZED`
    Specialized,
    /// `COMMON`
    Common,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl RoleMiningRoleType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Specialized => "SPECIALIZED",
            Self::Common => "COMMON",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for RoleMiningRoleType {
    fn from(value: &str) -> Self {
        match value {
            "SPECIALIZED" => Self::Specialized,
            "COMMON" => Self::Common,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(RoleMiningRoleType);
