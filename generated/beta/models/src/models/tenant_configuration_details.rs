/// Details of any tenant-wide Reassignment Configurations (eg. enabled/disabled)
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TenantConfigurationDetails {
    /// Flag to determine if Reassignment Configuration is enabled or disabled for a tenant.  When this flag is set to true, Reassignment Configuration is disabled.
    pub disabled: Option<Option<bool>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl TenantConfigurationDetails {
    /// Builds a `TenantConfigurationDetails` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(TenantConfigurationDetails {
    disabled: nullable::<bool>(disabled, disabled_null),
});
crate::serde_helpers::serde_struct!(TenantConfigurationDetails {
    disabled: nullable("disabled"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for TenantConfigurationDetails {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
