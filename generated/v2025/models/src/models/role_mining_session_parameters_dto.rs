#[derive(Debug, Clone, PartialEq, Default)]
pub struct RoleMiningSessionParametersDto {
    /// The ID of the role mining session
    pub id: Option<String>,
    /// The session's saved name
    pub name: Option<Option<String>>,
    /// Minimum number of identities in a potential role
    pub min_num_identities_in_potential_role: Option<Option<i32>>,
    /// The prune threshold to be used or null to calculate prescribedPruneThreshold
    pub prune_threshold: Option<Option<i32>>,
    /// The session's saved status
    pub saved: Option<bool>,
    /// The scope of identities for this role mining session
    pub scope: Option<crate::RoleMiningSessionScope>,
    /// Role mining potential type
    pub r#type: Option<crate::RoleMiningRoleType>,
    /// Role mining session state
    pub state: Option<crate::RoleMiningSessionState>,
    /// Scoping method used in current role mining session
    pub scoping_method: Option<crate::RoleMiningSessionScopingMethod>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl RoleMiningSessionParametersDto {
    /// Builds a `RoleMiningSessionParametersDto` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(RoleMiningSessionParametersDto {
    id: optional::<String>(id),
    name: nullable::<String>(name, name_null),
    min_num_identities_in_potential_role: nullable::<i32>(min_num_identities_in_potential_role, min_num_identities_in_potential_role_null),
    prune_threshold: nullable::<i32>(prune_threshold, prune_threshold_null),
    saved: optional::<bool>(saved),
    scope: optional::<crate::RoleMiningSessionScope>(scope),
    r#type: optional::<crate::RoleMiningRoleType>(r#type),
    state: optional::<crate::RoleMiningSessionState>(state),
    scoping_method: optional::<crate::RoleMiningSessionScopingMethod>(scoping_method),
});
crate::serde_helpers::serde_struct!(RoleMiningSessionParametersDto {
    id: optional("id"),
    name: nullable("name"),
    min_num_identities_in_potential_role: nullable("minNumIdentitiesInPotentialRole"),
    prune_threshold: nullable("pruneThreshold"),
    saved: optional("saved"),
    scope: optional("scope"),
    r#type: optional("type"),
    state: optional("state"),
    scoping_method: optional("scopingMethod"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for RoleMiningSessionParametersDto {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.scope, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.state, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.scoping_method, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
