#[derive(Debug, Clone, PartialEq, Default)]
pub struct RequestedItemDetails {
    /// The type of access item requested.
    pub r#type: Option<crate::RequestedItemDetailsType>,
    /// The id of the access item requested.
    pub id: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl RequestedItemDetails {
    /// Builds a `RequestedItemDetails` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(RequestedItemDetails {
    r#type: optional::<crate::RequestedItemDetailsType>(r#type),
    id: optional::<String>(id),
});
crate::serde_helpers::serde_struct!(RequestedItemDetails {
    r#type: optional("type"),
    id: optional("id"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for RequestedItemDetails {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// The type of access item requested.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum RequestedItemDetailsType {
    /// `ACCESS_PROFILE`
    AccessProfile,
    /// `ENTITLEMENT`
    Entitlement,
    /// `ROLE`
    Role,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl RequestedItemDetailsType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AccessProfile => "ACCESS_PROFILE",
            Self::Entitlement => "ENTITLEMENT",
            Self::Role => "ROLE",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for RequestedItemDetailsType {
    fn from(value: &str) -> Self {
        match value {
            "ACCESS_PROFILE" => Self::AccessProfile,
            "ENTITLEMENT" => Self::Entitlement,
            "ROLE" => Self::Role,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(RequestedItemDetailsType);
