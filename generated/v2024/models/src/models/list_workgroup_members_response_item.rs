/// Identity of workgroup member.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListWorkgroupMembersResponseItem {
    /// Workgroup member identity DTO type.
    pub r#type: Option<crate::ListWorkgroupMembersResponseItemType>,
    /// Workgroup member identity ID.
    pub id: Option<String>,
    /// Workgroup member identity display name.
    pub name: Option<String>,
    /// Workgroup member identity email.
    pub email: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl ListWorkgroupMembersResponseItem {
    /// Builds a `ListWorkgroupMembersResponseItem` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(ListWorkgroupMembersResponseItem {
    r#type: optional::<crate::ListWorkgroupMembersResponseItemType>(r#type),
    id: optional::<String>(id),
    name: optional::<String>(name),
    email: optional::<String>(email),
});
crate::serde_helpers::serde_struct!(ListWorkgroupMembersResponseItem {
    r#type: optional("type"),
    id: optional("id"),
    name: optional("name"),
    email: optional("email"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for ListWorkgroupMembersResponseItem {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// Workgroup member identity DTO type.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ListWorkgroupMembersResponseItemType {
    /// `IDENTITY`
    Identity,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl ListWorkgroupMembersResponseItemType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Identity => "IDENTITY",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for ListWorkgroupMembersResponseItemType {
    fn from(value: &str) -> Self {
        match value {
            "IDENTITY" => Self::Identity,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(ListWorkgroupMembersResponseItemType);
