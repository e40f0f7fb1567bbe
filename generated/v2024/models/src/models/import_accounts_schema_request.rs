#[derive(Debug, Clone, PartialEq, Default)]
pub struct ImportAccountsSchemaRequest {
    /// Format: `binary`.
    pub file: Option<Vec<u8>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl ImportAccountsSchemaRequest {
    /// Builds a `ImportAccountsSchemaRequest` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(ImportAccountsSchemaRequest {
    file: optional::<Vec<u8>>(file),
});
crate::serde_helpers::serde_struct!(ImportAccountsSchemaRequest {
    file: optional("file"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for ImportAccountsSchemaRequest {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
