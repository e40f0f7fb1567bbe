/// Specification of a Service Desk integration provisioning configuration.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ProvisioningConfig {
    /// Specifies whether this configuration is used to manage provisioning requests for all sources from the org.  If true, no managedResourceRefs are allowed.
    ///
    /// Read-only: set by the server.
    pub universal_manager: Option<bool>,
    /// References to sources for the Service Desk integration template.  May only be specified if universalManager is false.
    pub managed_resource_refs: Option<Vec<crate::ServiceDeskSource>>,
    /// This is a reference to a plan initializer script.
    pub plan_initializer_script: Option<
        Option<crate::ProvisioningConfigPlanInitializerScript>,
    >,
    /// Name of an attribute that when true disables the saving of ProvisioningRequest objects whenever plans are sent through this integration.
    pub no_provisioning_requests: Option<bool>,
    /// When saving pending requests is enabled, this defines the number of hours the request is allowed to live before it is considered expired and no longer affects plan compilation.
    pub provisioning_request_expiration: Option<i32>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl ProvisioningConfig {
    /// Builds a `ProvisioningConfig` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(ProvisioningConfig {
    universal_manager: optional::<bool>(universal_manager),
    managed_resource_refs: optional::<Vec<crate::ServiceDeskSource>>(managed_resource_refs),
    plan_initializer_script: nullable::<crate::ProvisioningConfigPlanInitializerScript>(plan_initializer_script, plan_initializer_script_null),
    no_provisioning_requests: optional::<bool>(no_provisioning_requests),
    provisioning_request_expiration: optional::<i32>(provisioning_request_expiration),
});
crate::serde_helpers::serde_struct!(ProvisioningConfig {
    universal_manager: optional("universalManager"),
    managed_resource_refs: optional("managedResourceRefs"),
    plan_initializer_script: nullable("planInitializerScript"),
    no_provisioning_requests: optional("noProvisioningRequests"),
    provisioning_request_expiration: optional("provisioningRequestExpiration"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for ProvisioningConfig {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.managed_resource_refs, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.plan_initializer_script, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// This is a reference to a plan initializer script.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ProvisioningConfigPlanInitializerScript {
    /// This is a Rule that allows provisioning instruction changes.
    pub source: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl ProvisioningConfigPlanInitializerScript {
    /// Builds a `ProvisioningConfigPlanInitializerScript` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(ProvisioningConfigPlanInitializerScript {
    source: optional::<String>(source),
});
crate::serde_helpers::serde_struct!(ProvisioningConfigPlanInitializerScript {
    source: optional("source"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for ProvisioningConfigPlanInitializerScript {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
