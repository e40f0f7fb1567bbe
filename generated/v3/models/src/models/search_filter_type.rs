/// Enum representing the currently supported filter aggregation types.
/// Additional values may be added in the future without notice.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum SearchFilterType {
    /// `TERM`
    Term,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl SearchFilterType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Term => "TERM",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for SearchFilterType {
    fn from(value: &str) -> Self {
        match value {
            "TERM" => Self::Term,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(SearchFilterType);
