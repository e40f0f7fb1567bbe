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
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl RoleInsightsSummary {
    /// Builds a `RoleInsightsSummary` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(RoleInsightsSummary {
    number_of_updates: optional::<i64>(number_of_updates),
    last_generated: optional::<crate::primitives::DateTime>(last_generated),
    entitlements_included_in_roles: optional::<i64>(entitlements_included_in_roles),
    total_number_of_entitlements: optional::<i64>(total_number_of_entitlements),
    identities_with_access_via_roles: optional::<i64>(identities_with_access_via_roles),
    total_number_of_identities: optional::<i64>(total_number_of_identities),
});
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
