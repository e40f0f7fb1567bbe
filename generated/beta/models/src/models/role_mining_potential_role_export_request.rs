#[derive(Debug, Clone, PartialEq, Default)]
pub struct RoleMiningPotentialRoleExportRequest {
    /// The minimum popularity among identities in the role which an entitlement must have to be included in the report
    pub min_entitlement_popularity: Option<i64>,
    /// If false, do not include entitlements that are highly popular among the entire orginization
    pub include_common_access: Option<bool>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl RoleMiningPotentialRoleExportRequest {
    /// Builds a `RoleMiningPotentialRoleExportRequest` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(RoleMiningPotentialRoleExportRequest {
    min_entitlement_popularity: optional::<i64>(min_entitlement_popularity),
    include_common_access: optional::<bool>(include_common_access),
});
crate::serde_helpers::serde_struct!(RoleMiningPotentialRoleExportRequest {
    min_entitlement_popularity: optional("minEntitlementPopularity"),
    include_common_access: optional("includeCommonAccess"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for RoleMiningPotentialRoleExportRequest {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
