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
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl RoleMiningSessionDraftRoleDto {
    /// Builds a `RoleMiningSessionDraftRoleDto` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(RoleMiningSessionDraftRoleDto {
    name: optional::<String>(name),
    description: optional::<String>(description),
    identity_ids: optional::<Vec<String>>(identity_ids),
    entitlement_ids: optional::<Vec<String>>(entitlement_ids),
    excluded_entitlements: optional::<Vec<String>>(excluded_entitlements),
    modified: optional::<crate::primitives::DateTime>(modified),
    r#type: optional::<crate::RoleMiningRoleType>(r#type),
    id: optional::<String>(id),
    created_date: optional::<crate::primitives::DateTime>(created_date),
    modified_date: optional::<crate::primitives::DateTime>(modified_date),
});
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
