/// Includes the fields of [`RoleMiningPotentialRoleExportRequest`](crate::RoleMiningPotentialRoleExportRequest).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RoleMiningPotentialRoleExportResponse {
    /// The minimum popularity among identities in the role which an entitlement must have to be included in the report
    pub min_entitlement_popularity: Option<i64>,
    /// If false, do not include entitlements that are highly popular among the entire orginization
    pub include_common_access: Option<bool>,
    /// ID used to reference this export
    ///
    /// Format: `uuid`.
    pub export_id: Option<String>,
    /// The status of this export
    pub status: Option<crate::RoleMiningPotentialRoleExportState>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl RoleMiningPotentialRoleExportResponse {
    /// Builds a `RoleMiningPotentialRoleExportResponse` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(RoleMiningPotentialRoleExportResponse {
    min_entitlement_popularity: optional::<i64>(min_entitlement_popularity),
    include_common_access: optional::<bool>(include_common_access),
    export_id: optional::<String>(export_id),
    status: optional::<crate::RoleMiningPotentialRoleExportState>(status),
});
crate::serde_helpers::serde_struct!(RoleMiningPotentialRoleExportResponse {
    min_entitlement_popularity: optional("minEntitlementPopularity"),
    include_common_access: optional("includeCommonAccess"),
    export_id: optional("exportId"),
    status: optional("status"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for RoleMiningPotentialRoleExportResponse {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.status, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
