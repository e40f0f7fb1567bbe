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
impl crate::serde_helpers::SchemaFit for RoleMiningSessionDraftRoleDto {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
