/// Delivery configuration returned in stream responses.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DeliveryResponse {
    /// Delivery method.
    pub method: Option<String>,
    /// Receiver endpoint URL.
    pub endpoint_url: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl DeliveryResponse {
    /// Builds a `DeliveryResponse` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `method`.
    pub fn method(mut self, value: impl Into<String>) -> Self {
        self.method = Some(value.into());
        self
    }
    /// Sets `endpoint_url`.
    pub fn endpoint_url(mut self, value: impl Into<String>) -> Self {
        self.endpoint_url = Some(value.into());
        self
    }
}
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
