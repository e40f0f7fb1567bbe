/// Full delivery configuration. method and endpoint_url are required.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct CreateStreamDeliveryRequest {
    /// Delivery method (only push is supported).
    pub method: String,
    /// Receiver endpoint URL for push delivery.
    pub endpoint_url: String,
    /// Authorization header value for delivery requests.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub authorization_header: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl CreateStreamDeliveryRequest {
    /// Builds a `CreateStreamDeliveryRequest` from its required fields; the others are unset.
    pub fn new(method: String, endpoint_url: String) -> Self {
        Self {
            method,
            endpoint_url,
            authorization_header: None,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit for CreateStreamDeliveryRequest {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
