#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum DeleteIconObjectType {
    /// `application`
    Application,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl DeleteIconObjectType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Application => "application",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for DeleteIconObjectType {
    fn from(value: &str) -> Self {
        match value {
            "application" => Self::Application,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(DeleteIconObjectType);
