/// Full delivery configuration. method and endpoint_url are required.
#[derive(Debug, Clone, PartialEq)]
pub struct CreateStreamDeliveryRequest {
    /// Delivery method (only push is supported).
    pub method: String,
    /// Receiver endpoint URL for push delivery.
    pub endpoint_url: String,
    /// Authorization header value for delivery requests.
    pub authorization_header: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl CreateStreamDeliveryRequest {
    /// Builds a `CreateStreamDeliveryRequest` from its required fields; the others are unset.
    pub fn new(method: impl Into<String>, endpoint_url: impl Into<String>) -> Self {
        Self {
            method: method.into(),
            endpoint_url: endpoint_url.into(),
            authorization_header: None,
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::setters!(CreateStreamDeliveryRequest {
    authorization_header: optional::<String>(authorization_header),
});
crate::serde_helpers::serde_struct!(CreateStreamDeliveryRequest {
    method: required("method"),
    endpoint_url: required("endpoint_url"),
    authorization_header: optional("authorization_header"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for CreateStreamDeliveryRequest {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
