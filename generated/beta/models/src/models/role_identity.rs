/// A subset of the fields of an Identity which is a member of a Role.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RoleIdentity {
    /// The ID of the Identity
    pub id: Option<String>,
    /// The alias / username of the Identity
    pub alias_name: Option<String>,
    /// The human-readable display name of the Identity
    pub name: Option<String>,
    /// Email address of the Identity
    pub email: Option<String>,
    pub role_assignment_source: Option<crate::RoleAssignmentSourceType>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl RoleIdentity {
    /// Builds a `RoleIdentity` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(RoleIdentity {
    id: optional::<String>(id),
    alias_name: optional::<String>(alias_name),
    name: optional::<String>(name),
    email: optional::<String>(email),
    role_assignment_source: optional::<crate::RoleAssignmentSourceType>(role_assignment_source),
});
crate::serde_helpers::serde_struct!(RoleIdentity {
    id: optional("id"),
    alias_name: optional("aliasName"),
    name: optional("name"),
    email: optional("email"),
    role_assignment_source: optional("roleAssignmentSource"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for RoleIdentity {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.role_assignment_source, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
