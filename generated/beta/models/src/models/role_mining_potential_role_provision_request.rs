#[derive(Debug, Clone, PartialEq, Default)]
pub struct RoleMiningPotentialRoleProvisionRequest {
    /// Name of the new role being created
    pub role_name: Option<String>,
    /// Short description of the new role being created
    pub role_description: Option<String>,
    /// ID of the identity that will own this role
    pub owner_id: Option<String>,
    /// When true, create access requests for the identities associated with the potential role
    pub include_identities: Option<bool>,
    /// When true, assign entitlements directly to the role; otherwise, create access profiles containing the entitlements
    pub directly_assigned_entitlements: Option<bool>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl RoleMiningPotentialRoleProvisionRequest {
    /// Builds a `RoleMiningPotentialRoleProvisionRequest` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `role_name`.
    pub fn role_name(mut self, value: impl Into<String>) -> Self {
        self.role_name = Some(value.into());
        self
    }
    /// Sets `role_description`.
    pub fn role_description(mut self, value: impl Into<String>) -> Self {
        self.role_description = Some(value.into());
        self
    }
    /// Sets `owner_id`.
    pub fn owner_id(mut self, value: impl Into<String>) -> Self {
        self.owner_id = Some(value.into());
        self
    }
    /// Sets `include_identities`.
    pub fn include_identities(mut self, value: impl Into<bool>) -> Self {
        self.include_identities = Some(value.into());
        self
    }
    /// Sets `directly_assigned_entitlements`.
    pub fn directly_assigned_entitlements(mut self, value: impl Into<bool>) -> Self {
        self.directly_assigned_entitlements = Some(value.into());
        self
    }
}
crate::serde_helpers::serde_struct!(RoleMiningPotentialRoleProvisionRequest {
    role_name: optional("roleName"),
    role_description: optional("roleDescription"),
    owner_id: optional("ownerId"),
    include_identities: optional("includeIdentities"),
    directly_assigned_entitlements: optional("directlyAssignedEntitlements"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for RoleMiningPotentialRoleProvisionRequest {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
