/// Includes the fields of [`BaseSettings`](crate::BaseSettings).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PermissionCollectorSettings {
    /// Indicates whether the feature or configuration is enabled.
    pub is_enabled: Option<bool>,
    /// The identifier of the cluster associated with this configuration, if applicable.
    pub cluster_id: Option<Option<String>>,
    /// Indicates whether unique permissions should be analyzed for resources.
    pub analyze_unique_permissions: Option<Option<bool>>,
    /// Indicates whether effective permissions should be calculated.
    pub calculate_effective_permissions: Option<Option<bool>>,
    /// Indicates whether riskiest permissions should be calculated.
    pub calculate_riskiest_permissions: Option<Option<bool>>,
    /// Source for effective permissions calculation.
    pub effective_permissions_source: Option<Option<String>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl PermissionCollectorSettings {
    /// Builds a `PermissionCollectorSettings` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(PermissionCollectorSettings {
    is_enabled: optional::<bool>(is_enabled),
    cluster_id: nullable::<String>(cluster_id, cluster_id_null),
    analyze_unique_permissions: nullable::<bool>(analyze_unique_permissions, analyze_unique_permissions_null),
    calculate_effective_permissions: nullable::<bool>(calculate_effective_permissions, calculate_effective_permissions_null),
    calculate_riskiest_permissions: nullable::<bool>(calculate_riskiest_permissions, calculate_riskiest_permissions_null),
    effective_permissions_source: nullable::<String>(effective_permissions_source, effective_permissions_source_null),
});
crate::serde_helpers::serde_struct!(PermissionCollectorSettings {
    is_enabled: optional("isEnabled"),
    cluster_id: nullable("clusterId"),
    analyze_unique_permissions: nullable("analyzeUniquePermissions"),
    calculate_effective_permissions: nullable("calculateEffectivePermissions"),
    calculate_riskiest_permissions: nullable("calculateRiskiestPermissions"),
    effective_permissions_source: nullable("effectivePermissionsSource"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for PermissionCollectorSettings {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
