#[derive(Debug, Clone, PartialEq, Default)]
pub struct MethodNotAllowed {
    /// A message describing the error
    pub error_name: Option<::serde_json::Value>,
    /// Description of the error
    pub error_message: Option<::serde_json::Value>,
    /// Unique tracking id for the error.
    pub tracking_id: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl MethodNotAllowed {
    /// Builds a `MethodNotAllowed` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `error_name`.
    pub fn error_name(mut self, value: impl Into<::serde_json::Value>) -> Self {
        self.error_name = Some(value.into());
        self
    }
    /// Sets `error_message`.
    pub fn error_message(mut self, value: impl Into<::serde_json::Value>) -> Self {
        self.error_message = Some(value.into());
        self
    }
    /// Sets `tracking_id`.
    pub fn tracking_id(mut self, value: impl Into<String>) -> Self {
        self.tracking_id = Some(value.into());
        self
    }
}
crate::serde_helpers::serde_struct!(MethodNotAllowed {
    error_name: nullable("errorName"),
    error_message: nullable("errorMessage"),
    tracking_id: optional("trackingId"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for MethodNotAllowed {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.error_name, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.error_message, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
