/// Enum representing the currently supported selector types.
///
/// LIST - the *values* array contains one or more distinct values.
///
/// RANGE - the *values* array contains two values: the start and end of the range, inclusive.
///
/// Additional values may be added in the future without notice.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum SelectorType {
    /// `LIST`
    List,
    /// `RANGE`
    Range,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl SelectorType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::List => "LIST",
            Self::Range => "RANGE",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for SelectorType {
    fn from(value: &str) -> Self {
        match value {
            "LIST" => Self::List,
            "RANGE" => Self::Range,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(SelectorType);
