/// An operation
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum RoleCriteriaOperation {
    /// `EQUALS`
    Equals,
    /// `NOT_EQUALS`
    NotEquals,
    /// `CONTAINS`
    Contains,
    /// `DOES_NOT_CONTAIN`
    DoesNotContain,
    /// `STARTS_WITH`
    StartsWith,
    /// `ENDS_WITH`
    EndsWith,
    /// `GREATER_THAN`
    GreaterThan,
    /// `LESS_THAN`
    LessThan,
    /// `GREATER_THAN_EQUALS`
    GreaterThanEquals,
    /// `LESS_THAN_EQUALS`
    LessThanEquals,
    /// `AND`
    And,
    /// `OR`
    Or,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl RoleCriteriaOperation {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Equals => "EQUALS",
            Self::NotEquals => "NOT_EQUALS",
            Self::Contains => "CONTAINS",
            Self::DoesNotContain => "DOES_NOT_CONTAIN",
            Self::StartsWith => "STARTS_WITH",
            Self::EndsWith => "ENDS_WITH",
            Self::GreaterThan => "GREATER_THAN",
            Self::LessThan => "LESS_THAN",
            Self::GreaterThanEquals => "GREATER_THAN_EQUALS",
            Self::LessThanEquals => "LESS_THAN_EQUALS",
            Self::And => "AND",
            Self::Or => "OR",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for RoleCriteriaOperation {
    fn from(value: &str) -> Self {
        match value {
            "EQUALS" => Self::Equals,
            "NOT_EQUALS" => Self::NotEquals,
            "CONTAINS" => Self::Contains,
            "DOES_NOT_CONTAIN" => Self::DoesNotContain,
            "STARTS_WITH" => Self::StartsWith,
            "ENDS_WITH" => Self::EndsWith,
            "GREATER_THAN" => Self::GreaterThan,
            "LESS_THAN" => Self::LessThan,
            "GREATER_THAN_EQUALS" => Self::GreaterThanEquals,
            "LESS_THAN_EQUALS" => Self::LessThanEquals,
            "AND" => Self::And,
            "OR" => Self::Or,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(RoleCriteriaOperation);
