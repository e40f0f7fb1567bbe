#[derive(Debug, Clone, PartialEq, Default)]
pub struct DimensionRef {
    /// The type of the object to which this reference applies
    pub r#type: Option<crate::DimensionRefType>,
    /// ID of the object to which this reference applies
    pub id: Option<String>,
    /// Human-readable display name of the object to which this reference applies
    pub name: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl DimensionRef {
    /// Builds a `DimensionRef` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(DimensionRef {
    r#type: optional::<crate::DimensionRefType>(r#type),
    id: optional::<String>(id),
    name: optional::<String>(name),
});
crate::serde_helpers::serde_struct!(DimensionRef {
    r#type: optional("type"),
    id: optional("id"),
    name: optional("name"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for DimensionRef {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// The type of the object to which this reference applies
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum DimensionRefType {
    /// `DIMENSION`
    Dimension,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl DimensionRefType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Dimension => "DIMENSION",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for DimensionRefType {
    fn from(value: &str) -> Self {
        match value {
            "DIMENSION" => Self::Dimension,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(DimensionRefType);
