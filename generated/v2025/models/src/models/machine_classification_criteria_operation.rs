/// An operation to perform on the classification criteria
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum MachineClassificationCriteriaOperation {
    /// `EQUALS`
    Equals,
    /// `NOT_EQUALS`
    NotEquals,
    /// `STARTS_WITH`
    StartsWith,
    /// `ENDS_WITH`
    EndsWith,
    /// `CONTAINS`
    Contains,
    /// `AND`
    And,
    /// `OR`
    Or,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl MachineClassificationCriteriaOperation {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Equals => "EQUALS",
            Self::NotEquals => "NOT_EQUALS",
            Self::StartsWith => "STARTS_WITH",
            Self::EndsWith => "ENDS_WITH",
            Self::Contains => "CONTAINS",
            Self::And => "AND",
            Self::Or => "OR",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for MachineClassificationCriteriaOperation {
    fn from(value: &str) -> Self {
        match value {
            "EQUALS" => Self::Equals,
            "NOT_EQUALS" => Self::NotEquals,
            "STARTS_WITH" => Self::StartsWith,
            "ENDS_WITH" => Self::EndsWith,
            "CONTAINS" => Self::Contains,
            "AND" => Self::And,
            "OR" => Self::Or,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(MachineClassificationCriteriaOperation);
