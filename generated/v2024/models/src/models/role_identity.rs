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
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl RoleIdentity {
    /// Builds a `RoleIdentity` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `id`.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
    /// Sets `alias_name`.
    pub fn alias_name(mut self, value: impl Into<String>) -> Self {
        self.alias_name = Some(value.into());
        self
    }
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
    /// Sets `email`.
    pub fn email(mut self, value: impl Into<String>) -> Self {
        self.email = Some(value.into());
        self
    }
    /// Sets `role_assignment_source`.
    pub fn role_assignment_source(
        mut self,
        value: impl Into<crate::RoleAssignmentSourceType>,
    ) -> Self {
        self.role_assignment_source = Some(value.into());
        self
    }
}
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
