/// The scoping method used in the current role mining session.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum RoleMiningSessionScopingMethod {
    /// `MANUAL`
    Manual,
    /// `AUTO_RM`
    AutoRm,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl RoleMiningSessionScopingMethod {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Manual => "MANUAL",
            Self::AutoRm => "AUTO_RM",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for RoleMiningSessionScopingMethod {
    fn from(value: &str) -> Self {
        match value {
            "MANUAL" => Self::Manual,
            "AUTO_RM" => Self::AutoRm,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(RoleMiningSessionScopingMethod);
