#[derive(Debug, Clone, PartialEq, Default)]
pub struct AttributeValueDto {
    /// Technical name of the Attribute value. This is unique and cannot be changed after creation.
    pub value: Option<String>,
    /// The display name of the Attribute value.
    pub name: Option<String>,
    /// The status of the Attribute value.
    pub status: Option<String>,
    /// Indicates how this Attribute value was created. **static** values are pre-defined and created directly through this API. **adhoc** values are created dynamically through an internal service-to-service flow when the parent Attribute has *isAdhoc* set to *true*, and cannot be created directly through the public create-value API.
    pub r#type: Option<Option<crate::AttributeValueDtoType>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl AttributeValueDto {
    /// Builds a `AttributeValueDto` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(AttributeValueDto {
    value: optional::<String>(value),
    name: optional::<String>(name),
    status: optional::<String>(status),
    r#type: nullable::<crate::AttributeValueDtoType>(r#type, type_null),
});
crate::serde_helpers::serde_struct!(AttributeValueDto {
    value: optional("value"),
    name: optional("name"),
    status: optional("status"),
    r#type: nullable("type"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for AttributeValueDto {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// Indicates how this Attribute value was created. **static** values are pre-defined and created directly through this API. **adhoc** values are created dynamically through an internal service-to-service flow when the parent Attribute has *isAdhoc* set to *true*, and cannot be created directly through the public create-value API.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum AttributeValueDtoType {
    /// `static`
    Static,
    /// `adhoc`
    Adhoc,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl AttributeValueDtoType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Static => "static",
            Self::Adhoc => "adhoc",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for AttributeValueDtoType {
    fn from(value: &str) -> Self {
        match value {
            "static" => Self::Static,
            "adhoc" => Self::Adhoc,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(AttributeValueDtoType);
