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
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl ConfigurationDetailsResponse {
    /// Builds a `ConfigurationDetailsResponse` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `config_type`.
    pub fn config_type(mut self, value: impl Into<crate::ConfigTypeEnum>) -> Self {
        self.config_type = Some(value.into());
        self
    }
    /// Sets `target_identity`.
    pub fn target_identity(mut self, value: impl Into<crate::Identity>) -> Self {
        self.target_identity = Some(value.into());
        self
    }
    /// Sets `start_date`.
    pub fn start_date(mut self, value: impl Into<crate::primitives::DateTime>) -> Self {
        self.start_date = Some(value.into());
        self
    }
    /// Sets `end_date`.
    pub fn end_date(mut self, value: impl Into<crate::primitives::DateTime>) -> Self {
        self.end_date = Some(value.into());
        self
    }
    /// Sets `audit_details`.
    pub fn audit_details(mut self, value: impl Into<crate::AuditDetails>) -> Self {
        self.audit_details = Some(value.into());
        self
    }
}
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
