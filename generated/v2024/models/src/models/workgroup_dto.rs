#[derive(Debug, Clone, PartialEq, Default)]
pub struct WorkgroupDto {
    pub owner: Option<crate::WorkgroupDtoOwner>,
    /// Governance group ID.
    ///
    /// Read-only: set by the server.
    pub id: Option<String>,
    /// Governance group name.
    pub name: Option<String>,
    /// Governance group description.
    pub description: Option<String>,
    /// Number of members in the governance group.
    ///
    /// Read-only: set by the server.
    pub member_count: Option<i64>,
    /// Number of connections in the governance group.
    ///
    /// Read-only: set by the server.
    pub connection_count: Option<i64>,
    pub created: Option<crate::primitives::DateTime>,
    pub modified: Option<crate::primitives::DateTime>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl WorkgroupDto {
    /// Builds a `WorkgroupDto` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(WorkgroupDto {
    owner: optional::<crate::WorkgroupDtoOwner>(owner),
    id: optional::<String>(id),
    name: optional::<String>(name),
    description: optional::<String>(description),
    member_count: optional::<i64>(member_count),
    connection_count: optional::<i64>(connection_count),
    created: optional::<crate::primitives::DateTime>(created),
    modified: optional::<crate::primitives::DateTime>(modified),
});
crate::serde_helpers::serde_struct!(WorkgroupDto {
    owner: optional("owner"),
    id: optional("id"),
    name: optional("name"),
    description: optional("description"),
    member_count: optional("memberCount"),
    connection_count: optional("connectionCount"),
    created: optional("created"),
    modified: optional("modified"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for WorkgroupDto {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.owner, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// Includes the fields of [`OwnerDto`](crate::OwnerDto).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct WorkgroupDtoOwner {
    /// Owner's DTO type.
    pub r#type: Option<crate::OwnerDtoType>,
    /// Owner's identity ID.
    pub id: Option<String>,
    /// Owner's name.
    pub name: Option<String>,
    /// The display name of the identity
    ///
    /// Read-only: set by the server.
    pub display_name: Option<String>,
    /// The primary email address of the identity
    ///
    /// Read-only: set by the server.
    pub email_address: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl WorkgroupDtoOwner {
    /// Builds a `WorkgroupDtoOwner` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(WorkgroupDtoOwner {
    r#type: optional::<crate::OwnerDtoType>(r#type),
    id: optional::<String>(id),
    name: optional::<String>(name),
    display_name: optional::<String>(display_name),
    email_address: optional::<String>(email_address),
});
crate::serde_helpers::serde_struct!(WorkgroupDtoOwner {
    r#type: optional("type"),
    id: optional("id"),
    name: optional("name"),
    display_name: optional("displayName"),
    email_address: optional("emailAddress"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for WorkgroupDtoOwner {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
