/// Enum representing the type of data a schema attribute accepts.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum NonEmployeeSchemaAttributeType {
    /// `TEXT`
    Text,
    /// `DATE`
    Date,
    /// `IDENTITY`
    Identity,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl NonEmployeeSchemaAttributeType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Text => "TEXT",
            Self::Date => "DATE",
            Self::Identity => "IDENTITY",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for NonEmployeeSchemaAttributeType {
    fn from(value: &str) -> Self {
        match value {
            "TEXT" => Self::Text,
            "DATE" => Self::Date,
            "IDENTITY" => Self::Identity,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(NonEmployeeSchemaAttributeType);
