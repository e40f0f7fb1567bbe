/// An operation
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum DimensionCriteriaOperation {
    /// `EQUALS`
    Equals,
    /// `AND`
    And,
    /// `OR`
    Or,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl DimensionCriteriaOperation {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Equals => "EQUALS",
            Self::And => "AND",
            Self::Or => "OR",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for DimensionCriteriaOperation {
    fn from(value: &str) -> Self {
        match value {
            "EQUALS" => Self::Equals,
            "AND" => Self::And,
            "OR" => Self::Or,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(DimensionCriteriaOperation);
