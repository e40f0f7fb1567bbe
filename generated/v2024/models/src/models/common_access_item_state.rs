/// State of common access item.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum CommonAccessItemState {
    /// `CONFIRMED`
    Confirmed,
    /// `DENIED`
    Denied,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl CommonAccessItemState {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Confirmed => "CONFIRMED",
            Self::Denied => "DENIED",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for CommonAccessItemState {
    fn from(value: &str) -> Self {
        match value {
            "CONFIRMED" => Self::Confirmed,
            "DENIED" => Self::Denied,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(CommonAccessItemState);
