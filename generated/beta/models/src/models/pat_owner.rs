/// Personal access token owner's identity.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PatOwner {
    /// Personal access token owner's DTO type.
    pub r#type: Option<crate::PatOwnerType>,
    /// Personal access token owner's identity ID.
    pub id: Option<String>,
    /// Personal access token owner's human-readable display name.
    pub name: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl PatOwner {
    /// Builds a `PatOwner` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(PatOwner {
    r#type: optional::<crate::PatOwnerType>(r#type),
    id: optional::<String>(id),
    name: optional::<String>(name),
});
crate::serde_helpers::serde_struct!(PatOwner {
    r#type: optional("type"),
    id: optional("id"),
    name: optional("name"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for PatOwner {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// Personal access token owner's DTO type.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum PatOwnerType {
    /// `IDENTITY`
    Identity,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl PatOwnerType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Identity => "IDENTITY",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for PatOwnerType {
    fn from(value: &str) -> Self {
        match value {
            "IDENTITY" => Self::Identity,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(PatOwnerType);
