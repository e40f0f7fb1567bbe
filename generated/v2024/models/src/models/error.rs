/// Error is the standard API error response type.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Error {
    /// DetailCode is the text of the status code returned
    pub detail_code: Option<String>,
    pub messages: Option<Vec<crate::ErrorMessage>>,
    /// TrackingID is the request tracking unique identifier
    pub tracking_id: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl Error {
    /// Builds a `Error` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(Error {
    detail_code: optional::<String>(detail_code),
    messages: optional::<Vec<crate::ErrorMessage>>(messages),
    tracking_id: optional::<String>(tracking_id),
});
crate::serde_helpers::serde_struct!(Error {
    detail_code: optional("detailCode"),
    messages: optional("messages"),
    tracking_id: optional("trackingId"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for Error {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.messages, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
