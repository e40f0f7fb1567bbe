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
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl MethodNotAllowed {
    /// Builds a `MethodNotAllowed` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(MethodNotAllowed {
    error_name: optional::<::serde_json::Value>(error_name),
    error_message: optional::<::serde_json::Value>(error_message),
    tracking_id: optional::<String>(tracking_id),
});
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
