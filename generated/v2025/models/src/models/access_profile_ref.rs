#[derive(Debug, Clone, PartialEq, Default)]
pub struct AccessProfileRef {
    /// ID of the Access Profile
    pub id: Option<String>,
    /// Type of requested object. This field must be either left null or set to 'ACCESS_PROFILE' when creating an Access Profile, otherwise a 400 Bad Request error will result.
    pub r#type: Option<crate::AccessProfileRefType>,
    /// Human-readable display name of the Access Profile. This field is ignored on input.
    pub name: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl AccessProfileRef {
    /// Builds a `AccessProfileRef` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(AccessProfileRef {
    id: optional::<String>(id),
    r#type: optional::<crate::AccessProfileRefType>(r#type),
    name: optional::<String>(name),
});
crate::serde_helpers::serde_struct!(AccessProfileRef {
    id: optional("id"),
    r#type: optional("type"),
    name: optional("name"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for AccessProfileRef {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// Type of requested object. This field must be either left null or set to 'ACCESS_PROFILE' when creating an Access Profile, otherwise a 400 Bad Request error will result.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum AccessProfileRefType {
    /// `ACCESS_PROFILE`
    AccessProfile,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl AccessProfileRefType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AccessProfile => "ACCESS_PROFILE",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for AccessProfileRefType {
    fn from(value: &str) -> Self {
        match value {
            "ACCESS_PROFILE" => Self::AccessProfile,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(AccessProfileRefType);
