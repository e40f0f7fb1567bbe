/// Identity the access item is requested for.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AccessItemRequestedFor {
    /// DTO type of identity the access item is requested for.
    pub r#type: Option<crate::AccessItemRequestedForType>,
    /// ID of identity the access item is requested for.
    pub id: Option<String>,
    /// Human-readable display name of identity the access item is requested for.
    pub name: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl AccessItemRequestedFor {
    /// Builds a `AccessItemRequestedFor` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(AccessItemRequestedFor {
    r#type: optional::<crate::AccessItemRequestedForType>(r#type),
    id: optional::<String>(id),
    name: optional::<String>(name),
});
crate::serde_helpers::serde_struct!(AccessItemRequestedFor {
    r#type: optional("type"),
    id: optional("id"),
    name: optional("name"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for AccessItemRequestedFor {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// DTO type of identity the access item is requested for.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum AccessItemRequestedForType {
    /// `IDENTITY`
    Identity,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl AccessItemRequestedForType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Identity => "IDENTITY",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for AccessItemRequestedForType {
    fn from(value: &str) -> Self {
        match value {
            "IDENTITY" => Self::Identity,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(AccessItemRequestedForType);
