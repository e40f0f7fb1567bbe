/// Stream configuration response including updatedAt (for PATCH/PUT). Same JSON shape as GET single stream plus updatedAt.
///
/// Includes the fields of [`StreamConfigResponse`](crate::StreamConfigResponse).
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct UpdateStreamConfigResponse {
    /// Unique stream identifier.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stream_id: Option<String>,
    /// Issuer (transmitter) URL.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub iss: Option<String>,
    /// Audience for the stream.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub aud: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub delivery: Option<crate::DeliveryResponse>,
    /// Event types supported by the transmitter. Use CAEP event-type URIs in the form:
    /// `https://schemas.openid.net/secevent/caep/event-type/{event-type}` (e.g. session-revoked).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub events_supported: Option<Vec<String>>,
    /// Event types requested by the receiver. Use CAEP event-type URIs in the form:
    /// `https://schemas.openid.net/secevent/caep/event-type/{event-type}` (e.g. session revoke).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub events_requested: Option<Vec<String>>,
    /// Event types currently being delivered (intersection of supported and requested).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub events_delivered: Option<Vec<String>>,
    /// Optional stream description.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Inactivity timeout in seconds (optional).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub inactivity_timeout: Option<i32>,
    /// Minimum verification interval in seconds (optional).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min_verification_interval: Option<i32>,
    /// Timestamp of the last configuration update.
    #[serde(rename = "updatedAt", default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<crate::primitives::DateTime>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl UpdateStreamConfigResponse {
    /// Builds a `UpdateStreamConfigResponse` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
impl crate::serde_helpers::SchemaFit for UpdateStreamConfigResponse {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.delivery, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
