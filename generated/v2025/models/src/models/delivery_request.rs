/// Delivery configuration for PATCH /ssf/streams (partial update). All fields are optional; only provided fields are updated.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DeliveryRequest {
    /// Delivery method (optional for PATCH).
    pub method: Option<String>,
    /// Receiver endpoint URL (optional for PATCH).
    pub endpoint_url: Option<String>,
    /// Optional authorization header value.
    pub authorization_header: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl DeliveryRequest {
    /// Builds a `DeliveryRequest` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(DeliveryRequest {
    method: optional::<String>(method),
    endpoint_url: optional::<String>(endpoint_url),
    authorization_header: optional::<String>(authorization_header),
});
crate::serde_helpers::serde_struct!(DeliveryRequest {
    method: optional("method"),
    endpoint_url: optional("endpoint_url"),
    authorization_header: optional("authorization_header"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for DeliveryRequest {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
