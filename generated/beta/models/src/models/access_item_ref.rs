#[derive(Debug, Clone, PartialEq, Default)]
pub struct AccessItemRef {
    /// ID of the access item to retrieve the recommendation for.
    pub id: Option<String>,
    /// Access item's type.
    pub r#type: Option<crate::AccessItemRefType>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl AccessItemRef {
    /// Builds a `AccessItemRef` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(AccessItemRef {
    id: optional::<String>(id),
    r#type: optional::<crate::AccessItemRefType>(r#type),
});
crate::serde_helpers::serde_struct!(AccessItemRef {
    id: optional("id"),
    r#type: optional("type"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for AccessItemRef {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// Access item's type.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum AccessItemRefType {
    /// `ENTITLEMENT`
    Entitlement,
    /// `ACCESS_PROFILE`
    AccessProfile,
    /// `ROLE`
    Role,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl AccessItemRefType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Entitlement => "ENTITLEMENT",
            Self::AccessProfile => "ACCESS_PROFILE",
            Self::Role => "ROLE",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for AccessItemRefType {
    fn from(value: &str) -> Self {
        match value {
            "ENTITLEMENT" => Self::Entitlement,
            "ACCESS_PROFILE" => Self::AccessProfile,
            "ROLE" => Self::Role,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(AccessItemRefType);
