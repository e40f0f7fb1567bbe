/// The notification medium (EMAIL, SLACK, or TEAMS)
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Medium {
    /// `EMAIL`
    Email,
    /// `SLACK`
    Slack,
    /// `TEAMS`
    Teams,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl Medium {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Email => "EMAIL",
            Self::Slack => "SLACK",
            Self::Teams => "TEAMS",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for Medium {
    fn from(value: &str) -> Self {
        match value {
            "EMAIL" => Self::Email,
            "SLACK" => Self::Slack,
            "TEAMS" => Self::Teams,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(Medium);
