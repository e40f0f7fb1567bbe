#[derive(Debug, Clone, PartialEq, Default)]
pub struct EntitlementRequestConfig {
    pub access_request_config: Option<crate::EntitlementAccessRequestConfig>,
    pub revocation_request_config: Option<crate::EntitlementRevocationRequestConfig>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl EntitlementRequestConfig {
    /// Builds a `EntitlementRequestConfig` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(EntitlementRequestConfig {
    access_request_config: optional::<crate::EntitlementAccessRequestConfig>(access_request_config),
    revocation_request_config: optional::<crate::EntitlementRevocationRequestConfig>(revocation_request_config),
});
crate::serde_helpers::serde_struct!(EntitlementRequestConfig {
    access_request_config: optional("accessRequestConfig"),
    revocation_request_config: optional("revocationRequestConfig"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for EntitlementRequestConfig {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.access_request_config, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.revocation_request_config, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
