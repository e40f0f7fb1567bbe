#[derive(Debug, Clone, PartialEq, Default)]
pub struct AccessApps {
    /// The unique ID of the referenced object.
    pub id: Option<String>,
    /// Name of application
    pub name: Option<String>,
    /// Description of application.
    pub description: Option<String>,
    /// Owner's identity.
    pub owner: Option<crate::AccessAppsOwner>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl AccessApps {
    /// Builds a `AccessApps` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(AccessApps {
    id: optional::<String>(id),
    name: optional::<String>(name),
    description: optional::<String>(description),
    owner: optional::<crate::AccessAppsOwner>(owner),
});
crate::serde_helpers::serde_struct!(AccessApps {
    id: optional("id"),
    name: optional("name"),
    description: optional("description"),
    owner: optional("owner"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for AccessApps {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.owner, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// Owner's identity.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AccessAppsOwner {
    /// Owner's DTO type.
    pub r#type: Option<crate::AccessAppsOwnerType>,
    /// Owner's identity ID.
    pub id: Option<String>,
    /// Owner's display name.
    pub name: Option<String>,
    /// Owner's email.
    pub email: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl AccessAppsOwner {
    /// Builds a `AccessAppsOwner` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(AccessAppsOwner {
    r#type: optional::<crate::AccessAppsOwnerType>(r#type),
    id: optional::<String>(id),
    name: optional::<String>(name),
    email: optional::<String>(email),
});
crate::serde_helpers::serde_struct!(AccessAppsOwner {
    r#type: optional("type"),
    id: optional("id"),
    name: optional("name"),
    email: optional("email"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for AccessAppsOwner {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// Owner's DTO type.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum AccessAppsOwnerType {
    /// `IDENTITY`
    Identity,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl AccessAppsOwnerType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Identity => "IDENTITY",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for AccessAppsOwnerType {
    fn from(value: &str) -> Self {
        match value {
            "IDENTITY" => Self::Identity,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(AccessAppsOwnerType);
