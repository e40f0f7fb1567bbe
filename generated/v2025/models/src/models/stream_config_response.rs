/// Full stream configuration returned by create/get/update/replace.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct StreamConfigResponse {
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
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl StreamConfigResponse {
    /// Builds a `StreamConfigResponse` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `stream_id`.
    pub fn stream_id(mut self, value: impl Into<String>) -> Self {
        self.stream_id = Some(value.into());
        self
    }
    /// Sets `iss`.
    pub fn iss(mut self, value: impl Into<String>) -> Self {
        self.iss = Some(value.into());
        self
    }
    /// Sets `aud`.
    pub fn aud(mut self, value: impl Into<String>) -> Self {
        self.aud = Some(value.into());
        self
    }
    /// Sets `delivery`.
    pub fn delivery(mut self, value: impl Into<crate::DeliveryResponse>) -> Self {
        self.delivery = Some(value.into());
        self
    }
    /// Sets `events_supported`.
    pub fn events_supported(mut self, value: impl Into<Vec<String>>) -> Self {
        self.events_supported = Some(value.into());
        self
    }
    /// Sets `events_requested`.
    pub fn events_requested(mut self, value: impl Into<Vec<String>>) -> Self {
        self.events_requested = Some(value.into());
        self
    }
    /// Sets `events_delivered`.
    pub fn events_delivered(mut self, value: impl Into<Vec<String>>) -> Self {
        self.events_delivered = Some(value.into());
        self
    }
    /// Sets `description`.
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }
    /// Sets `inactivity_timeout`.
    pub fn inactivity_timeout(mut self, value: impl Into<i32>) -> Self {
        self.inactivity_timeout = Some(value.into());
        self
    }
    /// Sets `min_verification_interval`.
    pub fn min_verification_interval(mut self, value: impl Into<i32>) -> Self {
        self.min_verification_interval = Some(value.into());
        self
    }
}
crate::serde_helpers::serde_struct!(StreamConfigResponse {
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
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for StreamConfigResponse {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.delivery, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
