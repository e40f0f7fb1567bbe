#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ListUserLevelsDetailLevel {
    /// `FULL`
    Full,
    /// `SLIM`
    Slim,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl ListUserLevelsDetailLevel {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Full => "FULL",
            Self::Slim => "SLIM",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for ListUserLevelsDetailLevel {
    fn from(value: &str) -> Self {
        match value {
            "FULL" => Self::Full,
            "SLIM" => Self::Slim,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(ListUserLevelsDetailLevel);
