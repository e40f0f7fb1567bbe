#[derive(Debug, Clone, PartialEq, Default)]
pub struct FormDefinitionInput {
    /// Unique identifier for the form input.
    pub id: Option<String>,
    /// FormDefinitionInputType value.
    /// STRING FormDefinitionInputTypeString
    pub r#type: Option<crate::FormDefinitionInputType>,
    /// Name for the form input.
    pub label: Option<String>,
    /// Form input's description.
    pub description: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl FormDefinitionInput {
    /// Builds a `FormDefinitionInput` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(FormDefinitionInput {
    id: optional::<String>(id),
    r#type: optional::<crate::FormDefinitionInputType>(r#type),
    label: optional::<String>(label),
    description: optional::<String>(description),
});
crate::serde_helpers::serde_struct!(FormDefinitionInput {
    id: optional("id"),
    r#type: optional("type"),
    label: optional("label"),
    description: optional("description"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for FormDefinitionInput {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// FormDefinitionInputType value.
/// STRING FormDefinitionInputTypeString
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum FormDefinitionInputType {
    /// `STRING`
    String,
    /// `ARRAY`
    Array,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl FormDefinitionInputType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::String => "STRING",
            Self::Array => "ARRAY",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for FormDefinitionInputType {
    fn from(value: &str) -> Self {
        match value {
            "STRING" => Self::String,
            "ARRAY" => Self::Array,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(FormDefinitionInputType);
