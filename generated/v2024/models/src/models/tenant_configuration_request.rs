/// Tenant-wide Reassignment Configuration settings
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TenantConfigurationRequest {
    pub config_details: Option<crate::TenantConfigurationDetails>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl TenantConfigurationRequest {
    /// Builds a `TenantConfigurationRequest` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(TenantConfigurationRequest {
    config_details: optional::<crate::TenantConfigurationDetails>(config_details),
});
crate::serde_helpers::serde_struct!(TenantConfigurationRequest {
    config_details: optional("configDetails"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for TenantConfigurationRequest {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.config_details, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
