/// Type of an API Client indicating public or confidentials use
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ClientType {
    /// `CONFIDENTIAL`
    Confidential,
    /// `PUBLIC`
    Public,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl ClientType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Confidential => "CONFIDENTIAL",
            Self::Public => "PUBLIC",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for ClientType {
    fn from(value: &str) -> Self {
        match value {
            "CONFIDENTIAL" => Self::Confidential,
            "PUBLIC" => Self::Public,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(ClientType);
