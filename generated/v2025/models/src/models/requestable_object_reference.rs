#[derive(Debug, Clone, PartialEq, Default)]
pub struct RequestableObjectReference {
    /// Id of the object.
    pub id: Option<String>,
    /// Name of the object.
    pub name: Option<String>,
    /// Description of the object.
    pub description: Option<String>,
    /// Type of the object.
    pub r#type: Option<crate::RequestableObjectReferenceType>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl RequestableObjectReference {
    /// Builds a `RequestableObjectReference` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(RequestableObjectReference {
    id: optional::<String>(id),
    name: optional::<String>(name),
    description: optional::<String>(description),
    r#type: optional::<crate::RequestableObjectReferenceType>(r#type),
});
crate::serde_helpers::serde_struct!(RequestableObjectReference {
    id: optional("id"),
    name: optional("name"),
    description: optional("description"),
    r#type: optional("type"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for RequestableObjectReference {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// Type of the object.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum RequestableObjectReferenceType {
    /// `ACCESS_PROFILE`
    AccessProfile,
    /// `ROLE`
    Role,
    /// `ENTITLEMENT`
    Entitlement,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl RequestableObjectReferenceType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AccessProfile => "ACCESS_PROFILE",
            Self::Role => "ROLE",
            Self::Entitlement => "ENTITLEMENT",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for RequestableObjectReferenceType {
    fn from(value: &str) -> Self {
        match value {
            "ACCESS_PROFILE" => Self::AccessProfile,
            "ROLE" => Self::Role,
            "ENTITLEMENT" => Self::Entitlement,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(RequestableObjectReferenceType);
