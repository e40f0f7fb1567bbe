#[derive(Debug, Clone, PartialEq, Default)]
pub struct AccessProfileUsage {
    /// ID of the Access Profile that is in use
    pub access_profile_id: Option<String>,
    /// List of references to objects which are using the indicated Access Profile
    pub used_by: Option<Vec<crate::AccessProfileUsageUsedByItem>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl AccessProfileUsage {
    /// Builds a `AccessProfileUsage` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(AccessProfileUsage {
    access_profile_id: optional::<String>(access_profile_id),
    used_by: optional::<Vec<crate::AccessProfileUsageUsedByItem>>(used_by),
});
crate::serde_helpers::serde_struct!(AccessProfileUsage {
    access_profile_id: optional("accessProfileId"),
    used_by: optional("usedBy"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for AccessProfileUsage {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.used_by, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// Role using the access profile.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AccessProfileUsageUsedByItem {
    /// DTO type of role using the access profile.
    pub r#type: Option<crate::AccessProfileUsageUsedByItemType>,
    /// ID of role using the access profile.
    pub id: Option<String>,
    /// Display name of role using the access profile.
    pub name: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl AccessProfileUsageUsedByItem {
    /// Builds a `AccessProfileUsageUsedByItem` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(AccessProfileUsageUsedByItem {
    r#type: optional::<crate::AccessProfileUsageUsedByItemType>(r#type),
    id: optional::<String>(id),
    name: optional::<String>(name),
});
crate::serde_helpers::serde_struct!(AccessProfileUsageUsedByItem {
    r#type: optional("type"),
    id: optional("id"),
    name: optional("name"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for AccessProfileUsageUsedByItem {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// DTO type of role using the access profile.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum AccessProfileUsageUsedByItemType {
    /// `ROLE`
    Role,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl AccessProfileUsageUsedByItemType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Role => "ROLE",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for AccessProfileUsageUsedByItemType {
    fn from(value: &str) -> Self {
        match value {
            "ROLE" => Self::Role,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(AccessProfileUsageUsedByItemType);
