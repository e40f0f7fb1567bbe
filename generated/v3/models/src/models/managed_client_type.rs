/// Managed Client type
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ManagedClientType {
    /// `CCG`
    Ccg,
    /// `VA`
    Va,
    /// `INTERNAL`
    Internal,
    /// `IIQ_HARVESTER`
    IiqHarvester,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl ManagedClientType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Ccg => "CCG",
            Self::Va => "VA",
            Self::Internal => "INTERNAL",
            Self::IiqHarvester => "IIQ_HARVESTER",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for ManagedClientType {
    fn from(value: &str) -> Self {
        match value {
            "CCG" => Self::Ccg,
            "VA" => Self::Va,
            "INTERNAL" => Self::Internal,
            "IIQ_HARVESTER" => Self::IiqHarvester,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(ManagedClientType);
