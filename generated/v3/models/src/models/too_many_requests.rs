#[derive(Debug, Clone, PartialEq, Default)]
pub struct TooManyRequests {
    /// A message describing the error
    pub message: Option<::serde_json::Value>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl TooManyRequests {
    /// Builds a `TooManyRequests` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(TooManyRequests {
    message: optional::<::serde_json::Value>(message),
});
crate::serde_helpers::serde_struct!(TooManyRequests {
    message: nullable("message"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for TooManyRequests {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.message, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
