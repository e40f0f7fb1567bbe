#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ListIdentitiesDefaultFilter {
    /// `CORRELATED_ONLY`
    CorrelatedOnly,
    /// `NONE`
    None,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl ListIdentitiesDefaultFilter {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::CorrelatedOnly => "CORRELATED_ONLY",
            Self::None => "NONE",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for ListIdentitiesDefaultFilter {
    fn from(value: &str) -> Self {
        match value {
            "CORRELATED_ONLY" => Self::CorrelatedOnly,
            "NONE" => Self::None,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(ListIdentitiesDefaultFilter);
