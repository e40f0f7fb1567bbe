/// The underlying type of the value which an AttributeDefinition represents.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum AttributeDefinitionType {
    /// `STRING`
    String,
    /// `LONG`
    Long,
    /// `INT`
    Int,
    /// `BOOLEAN`
    Boolean,
    /// `DATE`
    Date,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl AttributeDefinitionType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::String => "STRING",
            Self::Long => "LONG",
            Self::Int => "INT",
            Self::Boolean => "BOOLEAN",
            Self::Date => "DATE",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for AttributeDefinitionType {
    fn from(value: &str) -> Self {
        match value {
            "STRING" => Self::String,
            "LONG" => Self::Long,
            "INT" => Self::Int,
            "BOOLEAN" => Self::Boolean,
            "DATE" => Self::Date,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(AttributeDefinitionType);
