/// Supported operations on `ProvisioningCriteria`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ProvisioningCriteriaOperation {
    /// `EQUALS`
    Equals,
    /// `NOT_EQUALS`
    NotEquals,
    /// `CONTAINS`
    Contains,
    /// `HAS`
    Has,
    /// `AND`
    And,
    /// `OR`
    Or,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl ProvisioningCriteriaOperation {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Equals => "EQUALS",
            Self::NotEquals => "NOT_EQUALS",
            Self::Contains => "CONTAINS",
            Self::Has => "HAS",
            Self::And => "AND",
            Self::Or => "OR",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for ProvisioningCriteriaOperation {
    fn from(value: &str) -> Self {
        match value {
            "EQUALS" => Self::Equals,
            "NOT_EQUALS" => Self::NotEquals,
            "CONTAINS" => Self::Contains,
            "HAS" => Self::Has,
            "AND" => Self::And,
            "OR" => Self::Or,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(ProvisioningCriteriaOperation);
