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
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl RoleMiningSessionParametersDto {
    /// Builds a `RoleMiningSessionParametersDto` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `id`.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(Some(value.into()));
        self
    }
    /// Sets `name` to an explicit `null`.
    pub fn name_null(mut self) -> Self {
        self.name = Some(None);
        self
    }
    /// Sets `min_num_identities_in_potential_role`.
    pub fn min_num_identities_in_potential_role(
        mut self,
        value: impl Into<i32>,
    ) -> Self {
        self.min_num_identities_in_potential_role = Some(Some(value.into()));
        self
    }
    /// Sets `min_num_identities_in_potential_role` to an explicit `null`.
    pub fn min_num_identities_in_potential_role_null(mut self) -> Self {
        self.min_num_identities_in_potential_role = Some(None);
        self
    }
    /// Sets `prune_threshold`.
    pub fn prune_threshold(mut self, value: impl Into<i32>) -> Self {
        self.prune_threshold = Some(Some(value.into()));
        self
    }
    /// Sets `prune_threshold` to an explicit `null`.
    pub fn prune_threshold_null(mut self) -> Self {
        self.prune_threshold = Some(None);
        self
    }
    /// Sets `saved`.
    pub fn saved(mut self, value: impl Into<bool>) -> Self {
        self.saved = Some(value.into());
        self
    }
    /// Sets `scope`.
    pub fn scope(mut self, value: impl Into<crate::RoleMiningSessionScope>) -> Self {
        self.scope = Some(value.into());
        self
    }
    /// Sets `type`.
    pub fn r#type(mut self, value: impl Into<crate::RoleMiningRoleType>) -> Self {
        self.r#type = Some(value.into());
        self
    }
    /// Sets `state`.
    pub fn state(mut self, value: impl Into<crate::RoleMiningSessionState>) -> Self {
        self.state = Some(value.into());
        self
    }
    /// Sets `scoping_method`.
    pub fn scoping_method(
        mut self,
        value: impl Into<crate::RoleMiningSessionScopingMethod>,
    ) -> Self {
        self.scoping_method = Some(value.into());
        self
    }
}
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
