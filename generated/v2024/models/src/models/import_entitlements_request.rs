#[derive(Debug, Clone, PartialEq, Default)]
pub struct ImportEntitlementsRequest {
    /// The CSV file containing the source entitlements to aggregate.
    ///
    /// Format: `binary`.
    pub file: Option<Vec<u8>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl ImportEntitlementsRequest {
    /// Builds a `ImportEntitlementsRequest` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(ImportEntitlementsRequest {
    file: optional::<Vec<u8>>(file),
});
crate::serde_helpers::serde_struct!(ImportEntitlementsRequest {
    file: optional("file"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for ImportEntitlementsRequest {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
