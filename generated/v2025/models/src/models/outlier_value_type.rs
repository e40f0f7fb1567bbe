/// The data type of the value field
#[derive(Debug, Clone, PartialEq, Default)]
pub struct OutlierValueType {
    /// The data type of the value field
    pub name: Option<crate::OutlierValueTypeName>,
    /// The position of the value type
    pub ordinal: Option<i32>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl OutlierValueType {
    /// Builds a `OutlierValueType` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(OutlierValueType {
    name: optional::<crate::OutlierValueTypeName>(name),
    ordinal: optional::<i32>(ordinal),
});
crate::serde_helpers::serde_struct!(OutlierValueType {
    name: optional("name"),
    ordinal: optional("ordinal"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for OutlierValueType {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.name, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// The data type of the value field
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum OutlierValueTypeName {
    /// `INTEGER`
    Integer,
    /// `FLOAT`
    Float,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl OutlierValueTypeName {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Integer => "INTEGER",
            Self::Float => "FLOAT",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for OutlierValueTypeName {
    fn from(value: &str) -> Self {
        match value {
            "INTEGER" => Self::Integer,
            "FLOAT" => Self::Float,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(OutlierValueTypeName);
