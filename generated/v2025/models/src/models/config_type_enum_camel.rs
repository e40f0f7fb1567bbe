/// Enum list of valid work types that can be selected for a Reassignment Configuration
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ConfigTypeEnumCamel {
    /// `accessRequests`
    AccessRequests,
    /// `certifications`
    Certifications,
    /// `manualTasks`
    ManualTasks,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl ConfigTypeEnumCamel {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AccessRequests => "accessRequests",
            Self::Certifications => "certifications",
            Self::ManualTasks => "manualTasks",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for ConfigTypeEnumCamel {
    fn from(value: &str) -> Self {
        match value {
            "accessRequests" => Self::AccessRequests,
            "certifications" => Self::Certifications,
            "manualTasks" => Self::ManualTasks,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(ConfigTypeEnumCamel);
