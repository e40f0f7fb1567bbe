/// Source for Service Desk integration template.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ServiceDeskSource {
    /// DTO type of source for service desk integration template.
    pub r#type: Option<crate::ServiceDeskSourceType>,
    /// ID of source for service desk integration template.
    pub id: Option<String>,
    /// Human-readable name of source for service desk integration template.
    pub name: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl ServiceDeskSource {
    /// Builds a `ServiceDeskSource` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(ServiceDeskSource {
    r#type: optional::<crate::ServiceDeskSourceType>(r#type),
    id: optional::<String>(id),
    name: optional::<String>(name),
});
crate::serde_helpers::serde_struct!(ServiceDeskSource {
    r#type: optional("type"),
    id: optional("id"),
    name: optional("name"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for ServiceDeskSource {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// DTO type of source for service desk integration template.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ServiceDeskSourceType {
    /// `SOURCE`
    Source,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl ServiceDeskSourceType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Source => "SOURCE",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for ServiceDeskSourceType {
    fn from(value: &str) -> Self {
        match value {
            "SOURCE" => Self::Source,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(ServiceDeskSourceType);
