#[derive(Debug, Clone, PartialEq, Default)]
pub struct RoleMiningSessionDto {
    /// The scope of identities for this role mining session
    pub scope: Option<crate::RoleMiningSessionScope>,
    /// The prune threshold to be used or null to calculate prescribedPruneThreshold
    pub prune_threshold: Option<Option<i32>>,
    /// The calculated prescribedPruneThreshold
    pub prescribed_prune_threshold: Option<Option<i32>>,
    /// Minimum number of identities in a potential role
    pub min_num_identities_in_potential_role: Option<Option<i32>>,
    /// Number of potential roles
    pub potential_role_count: Option<i32>,
    /// Number of potential roles ready
    pub potential_roles_ready_count: Option<i32>,
    /// Role mining session type
    pub r#type: Option<crate::RoleMiningRoleType>,
    /// The id of the user who will receive an email about the role mining session
    pub email_recipient_id: Option<Option<String>>,
    /// Number of identities in the population which meet the search criteria or identity list provided
    pub identity_count: Option<i32>,
    /// The session's saved status
    pub saved: Option<bool>,
    /// The session's saved name
    pub name: Option<Option<String>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl RoleMiningSessionDto {
    /// Builds a `RoleMiningSessionDto` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(RoleMiningSessionDto {
    scope: optional::<crate::RoleMiningSessionScope>(scope),
    prune_threshold: nullable::<i32>(prune_threshold, prune_threshold_null),
    prescribed_prune_threshold: nullable::<i32>(prescribed_prune_threshold, prescribed_prune_threshold_null),
    min_num_identities_in_potential_role: nullable::<i32>(min_num_identities_in_potential_role, min_num_identities_in_potential_role_null),
    potential_role_count: optional::<i32>(potential_role_count),
    potential_roles_ready_count: optional::<i32>(potential_roles_ready_count),
    r#type: optional::<crate::RoleMiningRoleType>(r#type),
    email_recipient_id: nullable::<String>(email_recipient_id, email_recipient_id_null),
    identity_count: optional::<i32>(identity_count),
    saved: optional::<bool>(saved),
    name: nullable::<String>(name, name_null),
});
crate::serde_helpers::serde_struct!(RoleMiningSessionDto {
    scope: optional("scope"),
    prune_threshold: nullable("pruneThreshold"),
    prescribed_prune_threshold: nullable("prescribedPruneThreshold"),
    min_num_identities_in_potential_role: nullable("minNumIdentitiesInPotentialRole"),
    potential_role_count: optional("potentialRoleCount"),
    potential_roles_ready_count: optional("potentialRolesReadyCount"),
    r#type: optional("type"),
    email_recipient_id: nullable("emailRecipientId"),
    identity_count: optional("identityCount"),
    saved: optional("saved"),
    name: nullable("name"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for RoleMiningSessionDto {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.scope, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
