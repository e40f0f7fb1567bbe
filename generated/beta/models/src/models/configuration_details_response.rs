/// The request body of Reassignment Configuration Details for a specific identity and config type
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ConfigurationDetailsResponse {
    pub config_type: Option<crate::ConfigTypeEnum>,
    pub target_identity: Option<crate::Identity>,
    /// The date from which to start reassigning work items
    pub start_date: Option<crate::primitives::DateTime>,
    /// The date from which to stop reassigning work items.  If this is an empty string it indicates a permanent reassignment.
    pub end_date: Option<crate::primitives::DateTime>,
    pub audit_details: Option<crate::AuditDetails>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl ConfigurationDetailsResponse {
    /// Builds a `ConfigurationDetailsResponse` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(ConfigurationDetailsResponse {
    config_type: optional::<crate::ConfigTypeEnum>(config_type),
    target_identity: optional::<crate::Identity>(target_identity),
    start_date: optional::<crate::primitives::DateTime>(start_date),
    end_date: optional::<crate::primitives::DateTime>(end_date),
    audit_details: optional::<crate::AuditDetails>(audit_details),
});
crate::serde_helpers::serde_struct!(ConfigurationDetailsResponse {
    config_type: optional("configType"),
    target_identity: optional("targetIdentity"),
    start_date: optional("startDate"),
    end_date: optional("endDate"),
    audit_details: optional("auditDetails"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for ConfigurationDetailsResponse {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.config_type, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.target_identity, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.audit_details, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
