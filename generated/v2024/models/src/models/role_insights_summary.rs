#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct RoleInsightsSummary {
    /// Total number of roles with updates
    #[serde(
        rename = "numberOfUpdates",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub number_of_updates: Option<i64>,
    /// The date-time role insights were last found.
    #[serde(rename = "lastGenerated", default, skip_serializing_if = "Option::is_none")]
    pub last_generated: Option<crate::primitives::DateTime>,
    /// The number of entitlements included in roles (vs free radicals).
    #[serde(
        rename = "entitlementsIncludedInRoles",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub entitlements_included_in_roles: Option<i64>,
    /// The total number of entitlements.
    #[serde(
        rename = "totalNumberOfEntitlements",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub total_number_of_entitlements: Option<i64>,
    /// The number of identities in roles vs. identities with just entitlements and not in roles.
    #[serde(
        rename = "identitiesWithAccessViaRoles",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub identities_with_access_via_roles: Option<i64>,
    /// The total number of identities.
    #[serde(
        rename = "totalNumberOfIdentities",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub total_number_of_identities: Option<i64>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl RoleInsightsSummary {
    /// Builds a `RoleInsightsSummary` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `number_of_updates`.
    pub fn number_of_updates(mut self, value: impl Into<i64>) -> Self {
        self.number_of_updates = Some(value.into());
        self
    }
    /// Sets `last_generated`.
    pub fn last_generated(
        mut self,
        value: impl Into<crate::primitives::DateTime>,
    ) -> Self {
        self.last_generated = Some(value.into());
        self
    }
    /// Sets `entitlements_included_in_roles`.
    pub fn entitlements_included_in_roles(mut self, value: impl Into<i64>) -> Self {
        self.entitlements_included_in_roles = Some(value.into());
        self
    }
    /// Sets `total_number_of_entitlements`.
    pub fn total_number_of_entitlements(mut self, value: impl Into<i64>) -> Self {
        self.total_number_of_entitlements = Some(value.into());
        self
    }
    /// Sets `identities_with_access_via_roles`.
    pub fn identities_with_access_via_roles(mut self, value: impl Into<i64>) -> Self {
        self.identities_with_access_via_roles = Some(value.into());
        self
    }
    /// Sets `total_number_of_identities`.
    pub fn total_number_of_identities(mut self, value: impl Into<i64>) -> Self {
        self.total_number_of_identities = Some(value.into());
        self
    }
}
impl crate::serde_helpers::SchemaFit for RoleInsightsSummary {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
