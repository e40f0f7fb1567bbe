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
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl RoleMiningSessionDto {
    /// Builds a `RoleMiningSessionDto` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `scope`.
    pub fn scope(mut self, value: impl Into<crate::RoleMiningSessionScope>) -> Self {
        self.scope = Some(value.into());
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
    /// Sets `prescribed_prune_threshold`.
    pub fn prescribed_prune_threshold(mut self, value: impl Into<i32>) -> Self {
        self.prescribed_prune_threshold = Some(Some(value.into()));
        self
    }
    /// Sets `prescribed_prune_threshold` to an explicit `null`.
    pub fn prescribed_prune_threshold_null(mut self) -> Self {
        self.prescribed_prune_threshold = Some(None);
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
    /// Sets `potential_role_count`.
    pub fn potential_role_count(mut self, value: impl Into<i32>) -> Self {
        self.potential_role_count = Some(value.into());
        self
    }
    /// Sets `potential_roles_ready_count`.
    pub fn potential_roles_ready_count(mut self, value: impl Into<i32>) -> Self {
        self.potential_roles_ready_count = Some(value.into());
        self
    }
    /// Sets `type`.
    pub fn r#type(mut self, value: impl Into<crate::RoleMiningRoleType>) -> Self {
        self.r#type = Some(value.into());
        self
    }
    /// Sets `email_recipient_id`.
    pub fn email_recipient_id(mut self, value: impl Into<String>) -> Self {
        self.email_recipient_id = Some(Some(value.into()));
        self
    }
    /// Sets `email_recipient_id` to an explicit `null`.
    pub fn email_recipient_id_null(mut self) -> Self {
        self.email_recipient_id = Some(None);
        self
    }
    /// Sets `identity_count`.
    pub fn identity_count(mut self, value: impl Into<i32>) -> Self {
        self.identity_count = Some(value.into());
        self
    }
    /// Sets `saved`.
    pub fn saved(mut self, value: impl Into<bool>) -> Self {
        self.saved = Some(value.into());
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
}
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
