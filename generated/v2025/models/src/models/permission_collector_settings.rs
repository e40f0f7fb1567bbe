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
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl PermissionCollectorSettings {
    /// Builds a `PermissionCollectorSettings` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `is_enabled`.
    pub fn is_enabled(mut self, value: impl Into<bool>) -> Self {
        self.is_enabled = Some(value.into());
        self
    }
    /// Sets `cluster_id`.
    pub fn cluster_id(mut self, value: impl Into<String>) -> Self {
        self.cluster_id = Some(Some(value.into()));
        self
    }
    /// Sets `cluster_id` to an explicit `null`.
    pub fn cluster_id_null(mut self) -> Self {
        self.cluster_id = Some(None);
        self
    }
    /// Sets `analyze_unique_permissions`.
    pub fn analyze_unique_permissions(mut self, value: impl Into<bool>) -> Self {
        self.analyze_unique_permissions = Some(Some(value.into()));
        self
    }
    /// Sets `analyze_unique_permissions` to an explicit `null`.
    pub fn analyze_unique_permissions_null(mut self) -> Self {
        self.analyze_unique_permissions = Some(None);
        self
    }
    /// Sets `calculate_effective_permissions`.
    pub fn calculate_effective_permissions(mut self, value: impl Into<bool>) -> Self {
        self.calculate_effective_permissions = Some(Some(value.into()));
        self
    }
    /// Sets `calculate_effective_permissions` to an explicit `null`.
    pub fn calculate_effective_permissions_null(mut self) -> Self {
        self.calculate_effective_permissions = Some(None);
        self
    }
    /// Sets `calculate_riskiest_permissions`.
    pub fn calculate_riskiest_permissions(mut self, value: impl Into<bool>) -> Self {
        self.calculate_riskiest_permissions = Some(Some(value.into()));
        self
    }
    /// Sets `calculate_riskiest_permissions` to an explicit `null`.
    pub fn calculate_riskiest_permissions_null(mut self) -> Self {
        self.calculate_riskiest_permissions = Some(None);
        self
    }
    /// Sets `effective_permissions_source`.
    pub fn effective_permissions_source(mut self, value: impl Into<String>) -> Self {
        self.effective_permissions_source = Some(Some(value.into()));
        self
    }
    /// Sets `effective_permissions_source` to an explicit `null`.
    pub fn effective_permissions_source_null(mut self) -> Self {
        self.effective_permissions_source = Some(None);
        self
    }
}
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
