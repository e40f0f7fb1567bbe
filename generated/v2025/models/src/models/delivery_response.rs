/// Delivery configuration returned in stream responses.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DeliveryResponse {
    /// Delivery method.
    pub method: Option<String>,
    /// Receiver endpoint URL.
    pub endpoint_url: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl DeliveryResponse {
    /// Builds a `DeliveryResponse` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(DeliveryResponse {
    method: optional::<String>(method),
    endpoint_url: optional::<String>(endpoint_url),
});
crate::serde_helpers::serde_struct!(DeliveryResponse {
    method: optional("method"),
    endpoint_url: optional("endpoint_url"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for DeliveryResponse {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
