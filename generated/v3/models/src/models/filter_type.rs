/// Enum representing the currently supported filter types.
/// Additional values may be added in the future without notice.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum FilterType {
    /// `EXISTS`
    Exists,
    /// `RANGE`
    Range,
    /// `TERMS`
    Terms,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl FilterType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Exists => "EXISTS",
            Self::Range => "RANGE",
            Self::Terms => "TERMS",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for FilterType {
    fn from(value: &str) -> Self {
        match value {
            "EXISTS" => Self::Exists,
            "RANGE" => Self::Range,
            "TERMS" => Self::Terms,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(FilterType);
