/// Access type of API Client indicating online or offline use
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum AccessType {
    /// `ONLINE`
    Online,
    /// `OFFLINE`
    Offline,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl AccessType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Online => "ONLINE",
            Self::Offline => "OFFLINE",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for AccessType {
    fn from(value: &str) -> Self {
        match value {
            "ONLINE" => Self::Online,
            "OFFLINE" => Self::Offline,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(AccessType);
