/// Request body for PUT /ssf/streams (full replace).
#[derive(Debug, Clone, PartialEq)]
pub struct ReplaceStreamConfigurationRequest {
    /// ID of the stream to replace.
    pub stream_id: String,
    pub delivery: crate::CreateStreamDeliveryRequest,
    /// Event types the receiver wants. Use CAEP event-type URIs.
    pub events_requested: Option<Vec<String>>,
    /// Optional human-readable description of the stream.
    pub description: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl ReplaceStreamConfigurationRequest {
    /// Builds a `ReplaceStreamConfigurationRequest` from its required fields; the others are unset.
    pub fn new(
        stream_id: impl Into<String>,
        delivery: impl Into<crate::CreateStreamDeliveryRequest>,
    ) -> Self {
        Self {
            stream_id: stream_id.into(),
            delivery: delivery.into(),
            events_requested: None,
            description: None,
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::setters!(ReplaceStreamConfigurationRequest {
    events_requested: optional::<Vec<String>>(events_requested),
    description: optional::<String>(description),
});
crate::serde_helpers::serde_struct!(ReplaceStreamConfigurationRequest {
    stream_id: required("stream_id"),
    delivery: required("delivery"),
    events_requested: optional("events_requested"),
    description: optional("description"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for ReplaceStreamConfigurationRequest {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.delivery, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
