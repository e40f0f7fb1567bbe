/// Simplified DTO for the owner object of the entitlement
#[derive(Debug, Clone, PartialEq, Default)]
pub struct OwnerReferenceDto {
    /// The owner id for the entitlement
    pub id: Option<String>,
    /// The owner name for the entitlement
    pub name: Option<String>,
    /// The type of the owner. Initially only type IDENTITY is supported
    pub r#type: Option<crate::OwnerReferenceDtoType>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl OwnerReferenceDto {
    /// Builds a `OwnerReferenceDto` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(OwnerReferenceDto {
    id: optional::<String>(id),
    name: optional::<String>(name),
    r#type: optional::<crate::OwnerReferenceDtoType>(r#type),
});
crate::serde_helpers::serde_struct!(OwnerReferenceDto {
    id: optional("id"),
    name: optional("name"),
    r#type: optional("type"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for OwnerReferenceDto {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// The type of the owner. Initially only type IDENTITY is supported
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum OwnerReferenceDtoType {
    /// `IDENTITY`
    Identity,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl OwnerReferenceDtoType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Identity => "IDENTITY",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for OwnerReferenceDtoType {
    fn from(value: &str) -> Self {
        match value {
            "IDENTITY" => Self::Identity,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(OwnerReferenceDtoType);
