/// Access item requester's identity.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AccessItemRequesterDto {
    /// Access item requester's DTO type.
    pub r#type: Option<crate::AccessItemRequesterDtoType>,
    /// Access item requester's identity ID.
    pub id: Option<String>,
    /// Access item owner's human-readable display name.
    pub name: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl AccessItemRequesterDto {
    /// Builds a `AccessItemRequesterDto` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(AccessItemRequesterDto {
    r#type: optional::<crate::AccessItemRequesterDtoType>(r#type),
    id: optional::<String>(id),
    name: optional::<String>(name),
});
crate::serde_helpers::serde_struct!(AccessItemRequesterDto {
    r#type: optional("type"),
    id: optional("id"),
    name: optional("name"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for AccessItemRequesterDto {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// Access item requester's DTO type.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum AccessItemRequesterDtoType {
    /// `IDENTITY`
    Identity,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl AccessItemRequesterDtoType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Identity => "IDENTITY",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for AccessItemRequesterDtoType {
    fn from(value: &str) -> Self {
        match value {
            "IDENTITY" => Self::Identity,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(AccessItemRequesterDtoType);
