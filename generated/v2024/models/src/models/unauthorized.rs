#[derive(Debug, Clone, PartialEq, Default)]
pub struct Unauthorized {
    /// A message describing the error
    pub error: Option<::serde_json::Value>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl Unauthorized {
    /// Builds a `Unauthorized` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(Unauthorized {
    error: optional::<::serde_json::Value>(error),
});
crate::serde_helpers::serde_struct!(Unauthorized {
    error: nullable("error"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for Unauthorized {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.error, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
