#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ListAccountsDetailLevel {
    /// `SLIM`
    Slim,
    /// `FULL`
    Full,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl ListAccountsDetailLevel {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Slim => "SLIM",
            Self::Full => "FULL",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for ListAccountsDetailLevel {
    fn from(value: &str) -> Self {
        match value {
            "SLIM" => Self::Slim,
            "FULL" => Self::Full,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(ListAccountsDetailLevel);
