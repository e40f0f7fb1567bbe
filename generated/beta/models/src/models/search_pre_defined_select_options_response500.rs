#[derive(Debug, Clone, PartialEq, Default)]
pub struct SearchPreDefinedSelectOptionsResponse500 {
    pub detail_code: Option<String>,
    pub messages: Option<Vec<crate::ErrorMessage>>,
    pub status_code: Option<i64>,
    pub tracking_id: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl SearchPreDefinedSelectOptionsResponse500 {
    /// Builds a `SearchPreDefinedSelectOptionsResponse500` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `detail_code`.
    pub fn detail_code(mut self, value: impl Into<String>) -> Self {
        self.detail_code = Some(value.into());
        self
    }
    /// Sets `messages`.
    pub fn messages(mut self, value: impl Into<Vec<crate::ErrorMessage>>) -> Self {
        self.messages = Some(value.into());
        self
    }
    /// Sets `status_code`.
    pub fn status_code(mut self, value: impl Into<i64>) -> Self {
        self.status_code = Some(value.into());
        self
    }
    /// Sets `tracking_id`.
    pub fn tracking_id(mut self, value: impl Into<String>) -> Self {
        self.tracking_id = Some(value.into());
        self
    }
}
crate::serde_helpers::serde_struct!(SearchPreDefinedSelectOptionsResponse500 {
    detail_code: optional("detailCode"),
    messages: optional("messages"),
    status_code: optional("statusCode"),
    tracking_id: optional("trackingId"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for SearchPreDefinedSelectOptionsResponse500 {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.messages, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
