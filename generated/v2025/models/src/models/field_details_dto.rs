#[derive(Debug, Clone, PartialEq, Default)]
pub struct FieldDetailsDto {
    /// The name of the attribute.
    pub name: Option<String>,
    /// The transform to apply to the field
    pub transform: Option<::serde_json::Value>,
    /// Attributes required for the transform
    pub attributes: Option<::serde_json::Value>,
    /// Flag indicating whether or not the attribute is required.
    ///
    /// Read-only: set by the server.
    pub is_required: Option<bool>,
    /// The type of the attribute.
    ///
    /// string: For text-based data.
    ///
    /// int: For whole numbers.
    ///
    /// long: For larger whole numbers.
    ///
    /// date: For date and time values.
    ///
    /// boolean: For true/false values.
    ///
    /// secret: For sensitive data like passwords, which will be masked and encrypted.
    pub r#type: Option<crate::FieldDetailsDtoType>,
    /// Flag indicating whether or not the attribute is multi-valued.
    pub is_multi_valued: Option<bool>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl FieldDetailsDto {
    /// Builds a `FieldDetailsDto` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(FieldDetailsDto {
    name: optional::<String>(name),
    transform: optional::<::serde_json::Value>(transform),
    attributes: optional::<::serde_json::Value>(attributes),
    is_required: optional::<bool>(is_required),
    r#type: optional::<crate::FieldDetailsDtoType>(r#type),
    is_multi_valued: optional::<bool>(is_multi_valued),
});
crate::serde_helpers::serde_struct!(FieldDetailsDto {
    name: optional("name"),
    transform: nullable("transform"),
    attributes: nullable("attributes"),
    is_required: optional("isRequired"),
    r#type: optional("type"),
    is_multi_valued: optional("isMultiValued"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for FieldDetailsDto {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.transform, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.attributes, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// The type of the attribute.
///
/// string: For text-based data.
///
/// int: For whole numbers.
///
/// long: For larger whole numbers.
///
/// date: For date and time values.
///
/// boolean: For true/false values.
///
/// secret: For sensitive data like passwords, which will be masked and encrypted.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum FieldDetailsDtoType {
    /// `string`
    String,
    /// `int`
    Int,
    /// `long`
    Long,
    /// `date`
    Date,
    /// `boolean`
    Boolean,
    /// `secret`
    Secret,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl FieldDetailsDtoType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::String => "string",
            Self::Int => "int",
            Self::Long => "long",
            Self::Date => "date",
            Self::Boolean => "boolean",
            Self::Secret => "secret",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for FieldDetailsDtoType {
    fn from(value: &str) -> Self {
        match value {
            "string" => Self::String,
            "int" => Self::Int,
            "long" => Self::Long,
            "date" => Self::Date,
            "boolean" => Self::Boolean,
            "secret" => Self::Secret,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(FieldDetailsDtoType);
