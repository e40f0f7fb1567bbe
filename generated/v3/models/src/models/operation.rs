/// Operation on a specific criteria
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Operation {
    /// `EQUALS`
    Equals,
    /// `NOT_EQUALS`
    NotEquals,
    /// `CONTAINS`
    Contains,
    /// `STARTS_WITH`
    StartsWith,
    /// `ENDS_WITH`
    EndsWith,
    /// `AND`
    And,
    /// `OR`
    Or,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl Operation {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Equals => "EQUALS",
            Self::NotEquals => "NOT_EQUALS",
            Self::Contains => "CONTAINS",
            Self::StartsWith => "STARTS_WITH",
            Self::EndsWith => "ENDS_WITH",
            Self::And => "AND",
            Self::Or => "OR",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for Operation {
    fn from(value: &str) -> Self {
        match value {
            "EQUALS" => Self::Equals,
            "NOT_EQUALS" => Self::NotEquals,
            "CONTAINS" => Self::Contains,
            "STARTS_WITH" => Self::StartsWith,
            "ENDS_WITH" => Self::EndsWith,
            "AND" => Self::And,
            "OR" => Self::Or,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(Operation);
