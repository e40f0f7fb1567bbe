/// An enumeration of the types of membership choices
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum MembershipType {
    /// `ALL`
    All,
    /// `FILTER`
    Filter,
    /// `SELECTION`
    Selection,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl MembershipType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::All => "ALL",
            Self::Filter => "FILTER",
            Self::Selection => "SELECTION",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for MembershipType {
    fn from(value: &str) -> Self {
        match value {
            "ALL" => Self::All,
            "FILTER" => Self::Filter,
            "SELECTION" => Self::Selection,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(MembershipType);
