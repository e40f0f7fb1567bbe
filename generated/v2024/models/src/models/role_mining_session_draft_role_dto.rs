#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct RoleMiningSessionDraftRoleDto {
    /// Name of the draft role
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Draft role description
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The list of identities for this role mining session.
    #[serde(rename = "identityIds", default, skip_serializing_if = "Option::is_none")]
    pub identity_ids: Option<Vec<String>>,
    /// The list of entitlement ids for this role mining session.
    #[serde(rename = "entitlementIds", default, skip_serializing_if = "Option::is_none")]
    pub entitlement_ids: Option<Vec<String>>,
    /// The list of excluded entitlement ids.
    #[serde(
        rename = "excludedEntitlements",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub excluded_entitlements: Option<Vec<String>>,
    /// Last modified date
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub modified: Option<crate::primitives::DateTime>,
    /// Role mining session type
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<crate::RoleMiningRoleType>,
    /// Id of the potential draft role
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The date-time when this potential draft role was created.
    #[serde(rename = "createdDate", default, skip_serializing_if = "Option::is_none")]
    pub created_date: Option<crate::primitives::DateTime>,
    /// The date-time when this potential draft role was modified.
    #[serde(rename = "modifiedDate", default, skip_serializing_if = "Option::is_none")]
    pub modified_date: Option<crate::primitives::DateTime>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl RoleMiningSessionDraftRoleDto {
    /// Builds a `RoleMiningSessionDraftRoleDto` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
impl crate::serde_helpers::SchemaFit for RoleMiningSessionDraftRoleDto {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
