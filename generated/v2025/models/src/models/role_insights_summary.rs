#[derive(Debug, Clone, PartialEq, Default)]
pub struct RoleInsightsSummary {
    /// Total number of roles with updates
    pub number_of_updates: Option<i64>,
    /// The date-time role insights were last found.
    pub last_generated: Option<crate::primitives::DateTime>,
    /// The number of entitlements included in roles (vs free radicals).
    pub entitlements_included_in_roles: Option<i64>,
    /// The total number of entitlements.
    pub total_number_of_entitlements: Option<i64>,
    /// The number of identities in roles vs. identities with just entitlements and not in roles.
    pub identities_with_access_via_roles: Option<i64>,
    /// The total number of identities.
    pub total_number_of_identities: Option<i64>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
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
crate::serde_helpers::serde_struct!(RoleInsightsSummary {
    number_of_updates: optional("numberOfUpdates"),
    last_generated: optional("lastGenerated"),
    entitlements_included_in_roles: optional("entitlementsIncludedInRoles"),
    total_number_of_entitlements: optional("totalNumberOfEntitlements"),
    identities_with_access_via_roles: optional("identitiesWithAccessViaRoles"),
    total_number_of_identities: optional("totalNumberOfIdentities"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for RoleInsightsSummary {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
