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
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl RoleMiningPotentialRoleProvisionRequest {
    /// Builds a `RoleMiningPotentialRoleProvisionRequest` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(RoleMiningPotentialRoleProvisionRequest {
    role_name: optional::<String>(role_name),
    role_description: optional::<String>(role_description),
    owner_id: optional::<String>(owner_id),
    include_identities: optional::<bool>(include_identities),
    directly_assigned_entitlements: optional::<bool>(directly_assigned_entitlements),
});
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
