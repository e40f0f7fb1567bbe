/// Enum representing the currently available query languages for aggregations, which are used to perform calculations or groupings on search results.
///
/// Additional values may be added in the future without notice.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum AggregationType {
    /// `DSL`
    Dsl,
    /// `SAILPOINT`
    Sailpoint,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl AggregationType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Dsl => "DSL",
            Self::Sailpoint => "SAILPOINT",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for AggregationType {
    fn from(value: &str) -> Self {
        match value {
            "DSL" => Self::Dsl,
            "SAILPOINT" => Self::Sailpoint,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(AggregationType);
