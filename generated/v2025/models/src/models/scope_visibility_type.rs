/// An enumeration of the types of scope visibility choices
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ScopeVisibilityType {
    /// `ALL`
    All,
    /// `FILTER`
    Filter,
    /// `SELECTION`
    Selection,
    /// `UNSEGMENTED`
    Unsegmented,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl ScopeVisibilityType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::All => "ALL",
            Self::Filter => "FILTER",
            Self::Selection => "SELECTION",
            Self::Unsegmented => "UNSEGMENTED",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for ScopeVisibilityType {
    fn from(value: &str) -> Self {
        match value {
            "ALL" => Self::All,
            "FILTER" => Self::Filter,
            "SELECTION" => Self::Selection,
            "UNSEGMENTED" => Self::Unsegmented,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(ScopeVisibilityType);
