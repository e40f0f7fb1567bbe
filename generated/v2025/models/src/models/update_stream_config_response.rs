/// Stream configuration response including updatedAt (for PATCH/PUT). Same JSON shape as GET single stream plus updatedAt.
///
/// Includes the fields of [`StreamConfigResponse`](crate::StreamConfigResponse).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct UpdateStreamConfigResponse {
    /// Unique stream identifier.
    pub stream_id: Option<String>,
    /// Issuer (transmitter) URL.
    pub iss: Option<String>,
    /// Audience for the stream.
    pub aud: Option<String>,
    pub delivery: Option<crate::DeliveryResponse>,
    /// Event types supported by the transmitter. Use CAEP event-type URIs in the form:
    /// `https://schemas.openid.net/secevent/caep/event-type/{event-type}` (e.g. session-revoked).
    pub events_supported: Option<Vec<String>>,
    /// Event types requested by the receiver. Use CAEP event-type URIs in the form:
    /// `https://schemas.openid.net/secevent/caep/event-type/{event-type}` (e.g. session revoke).
    pub events_requested: Option<Vec<String>>,
    /// Event types currently being delivered (intersection of supported and requested).
    pub events_delivered: Option<Vec<String>>,
    /// Optional stream description.
    pub description: Option<String>,
    /// Inactivity timeout in seconds (optional).
    pub inactivity_timeout: Option<i32>,
    /// Minimum verification interval in seconds (optional).
    pub min_verification_interval: Option<i32>,
    /// Timestamp of the last configuration update.
    pub updated_at: Option<crate::primitives::DateTime>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl UpdateStreamConfigResponse {
    /// Builds a `UpdateStreamConfigResponse` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(UpdateStreamConfigResponse {
    stream_id: optional::<String>(stream_id),
    iss: optional::<String>(iss),
    aud: optional::<String>(aud),
    delivery: optional::<crate::DeliveryResponse>(delivery),
    events_supported: optional::<Vec<String>>(events_supported),
    events_requested: optional::<Vec<String>>(events_requested),
    events_delivered: optional::<Vec<String>>(events_delivered),
    description: optional::<String>(description),
    inactivity_timeout: optional::<i32>(inactivity_timeout),
    min_verification_interval: optional::<i32>(min_verification_interval),
    updated_at: optional::<crate::primitives::DateTime>(updated_at),
});
crate::serde_helpers::serde_struct!(UpdateStreamConfigResponse {
    stream_id: optional("stream_id"),
    iss: optional("iss"),
    aud: optional("aud"),
    delivery: optional("delivery"),
    events_supported: optional("events_supported"),
    events_requested: optional("events_requested"),
    events_delivered: optional("events_delivered"),
    description: optional("description"),
    inactivity_timeout: optional("inactivity_timeout"),
    min_verification_interval: optional("min_verification_interval"),
    updated_at: optional("updatedAt"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for UpdateStreamConfigResponse {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.delivery, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
