/// Request body for POST /ssf/streams (create stream).
#[derive(Debug, Clone, PartialEq)]
pub struct CreateStreamRequest {
    pub delivery: crate::CreateStreamDeliveryRequest,
    /// Optional list of event types the receiver wants. Use CAEP event-type URIs in the form:
    /// `https://schemas.openid.net/secevent/caep/event-type/{event-type}` (e.g. session revoke).
    pub events_requested: Option<Vec<String>>,
    /// Optional human-readable description of the stream.
    pub description: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl CreateStreamRequest {
    /// Builds a `CreateStreamRequest` from its required fields; the others are unset.
    pub fn new(delivery: impl Into<crate::CreateStreamDeliveryRequest>) -> Self {
        Self {
            delivery: delivery.into(),
            events_requested: None,
            description: None,
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::setters!(CreateStreamRequest {
    events_requested: optional::<Vec<String>>(events_requested),
    description: optional::<String>(description),
});
crate::serde_helpers::serde_struct!(CreateStreamRequest {
    delivery: required("delivery"),
    events_requested: optional("events_requested"),
    description: optional("description"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for CreateStreamRequest {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.delivery, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
