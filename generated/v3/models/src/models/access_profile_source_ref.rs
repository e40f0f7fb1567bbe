#[derive(Debug, Clone, PartialEq, Default)]
pub struct AccessProfileSourceRef {
    /// ID of the source the access profile is associated with.
    pub id: Option<String>,
    /// Source's DTO type.
    pub r#type: Option<crate::AccessProfileSourceRefType>,
    /// Source name.
    pub name: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl AccessProfileSourceRef {
    /// Builds a `AccessProfileSourceRef` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(AccessProfileSourceRef {
    id: optional::<String>(id),
    r#type: optional::<crate::AccessProfileSourceRefType>(r#type),
    name: optional::<String>(name),
});
crate::serde_helpers::serde_struct!(AccessProfileSourceRef {
    id: optional("id"),
    r#type: optional("type"),
    name: optional("name"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for AccessProfileSourceRef {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// Source's DTO type.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum AccessProfileSourceRefType {
    /// `SOURCE`
    Source,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl AccessProfileSourceRefType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Source => "SOURCE",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for AccessProfileSourceRefType {
    fn from(value: &str) -> Self {
        match value {
            "SOURCE" => Self::Source,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(AccessProfileSourceRefType);
