/// The response body of a Reassignment Configuration for a single identity
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ConfigurationItemResponse {
    pub identity: Option<crate::Identity>,
    /// Details of how work should be reassigned for an Identity
    pub config_details: Option<Vec<crate::ConfigurationDetailsResponse>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl ConfigurationItemResponse {
    /// Builds a `ConfigurationItemResponse` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(ConfigurationItemResponse {
    identity: optional::<crate::Identity>(identity),
    config_details: optional::<Vec<crate::ConfigurationDetailsResponse>>(config_details),
});
crate::serde_helpers::serde_struct!(ConfigurationItemResponse {
    identity: optional("identity"),
    config_details: optional("configDetails"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for ConfigurationItemResponse {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.identity, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.config_details, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
