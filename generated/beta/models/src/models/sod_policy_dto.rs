/// SOD policy.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SodPolicyDto {
    /// SOD policy DTO type.
    pub r#type: Option<crate::SodPolicyDtoType>,
    /// SOD policy ID.
    pub id: Option<String>,
    /// SOD policy display name.
    pub name: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl SodPolicyDto {
    /// Builds a `SodPolicyDto` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(SodPolicyDto {
    r#type: optional::<crate::SodPolicyDtoType>(r#type),
    id: optional::<String>(id),
    name: optional::<String>(name),
});
crate::serde_helpers::serde_struct!(SodPolicyDto {
    r#type: optional("type"),
    id: optional("id"),
    name: optional("name"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for SodPolicyDto {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// SOD policy DTO type.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum SodPolicyDtoType {
    /// `SOD_POLICY`
    SodPolicy,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl SodPolicyDtoType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::SodPolicy => "SOD_POLICY",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for SodPolicyDtoType {
    fn from(value: &str) -> Self {
        match value {
            "SOD_POLICY" => Self::SodPolicy,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(SodPolicyDtoType);
