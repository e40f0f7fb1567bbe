#[derive(Debug, Clone, PartialEq, Default)]
pub struct RoleMiningSessionDraftRoleDto {
    /// Name of the draft role
    pub name: Option<String>,
    /// Draft role description
    pub description: Option<String>,
    /// The list of identities for this role mining session.
    pub identity_ids: Option<Vec<String>>,
    /// The list of entitlement ids for this role mining session.
    pub entitlement_ids: Option<Vec<String>>,
    /// The list of excluded entitlement ids.
    pub excluded_entitlements: Option<Vec<String>>,
    /// Last modified date
    pub modified: Option<crate::primitives::DateTime>,
    /// Role mining session type
    pub r#type: Option<crate::RoleMiningRoleType>,
    /// Id of the potential draft role
    pub id: Option<String>,
    /// The date-time when this potential draft role was created.
    pub created_date: Option<crate::primitives::DateTime>,
    /// The date-time when this potential draft role was modified.
    pub modified_date: Option<crate::primitives::DateTime>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl RoleMiningSessionDraftRoleDto {
    /// Builds a `RoleMiningSessionDraftRoleDto` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
    /// Sets `description`.
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }
    /// Sets `identity_ids`.
    pub fn identity_ids(mut self, value: impl Into<Vec<String>>) -> Self {
        self.identity_ids = Some(value.into());
        self
    }
    /// Sets `entitlement_ids`.
    pub fn entitlement_ids(mut self, value: impl Into<Vec<String>>) -> Self {
        self.entitlement_ids = Some(value.into());
        self
    }
    /// Sets `excluded_entitlements`.
    pub fn excluded_entitlements(mut self, value: impl Into<Vec<String>>) -> Self {
        self.excluded_entitlements = Some(value.into());
        self
    }
    /// Sets `modified`.
    pub fn modified(mut self, value: impl Into<crate::primitives::DateTime>) -> Self {
        self.modified = Some(value.into());
        self
    }
    /// Sets `type`.
    pub fn r#type(mut self, value: impl Into<crate::RoleMiningRoleType>) -> Self {
        self.r#type = Some(value.into());
        self
    }
    /// Sets `id`.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
    /// Sets `created_date`.
    pub fn created_date(
        mut self,
        value: impl Into<crate::primitives::DateTime>,
    ) -> Self {
        self.created_date = Some(value.into());
        self
    }
    /// Sets `modified_date`.
    pub fn modified_date(
        mut self,
        value: impl Into<crate::primitives::DateTime>,
    ) -> Self {
        self.modified_date = Some(value.into());
        self
    }
}
crate::serde_helpers::serde_struct!(RoleMiningSessionDraftRoleDto {
    name: optional("name"),
    description: optional("description"),
    identity_ids: optional("identityIds"),
    entitlement_ids: optional("entitlementIds"),
    excluded_entitlements: optional("excludedEntitlements"),
    modified: optional("modified"),
    r#type: optional("type"),
    id: optional("id"),
    created_date: optional("createdDate"),
    modified_date: optional("modifiedDate"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for RoleMiningSessionDraftRoleDto {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
