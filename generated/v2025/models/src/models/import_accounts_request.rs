#[derive(Debug, Clone, PartialEq, Default)]
pub struct ImportAccountsRequest {
    /// The CSV file containing the source accounts to aggregate.
    ///
    /// Format: `binary`.
    pub file: Option<Vec<u8>>,
    /// Use this flag to reprocess every account whether or not the data has changed.
    pub disable_optimization: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl ImportAccountsRequest {
    /// Builds a `ImportAccountsRequest` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(ImportAccountsRequest {
    file: optional::<Vec<u8>>(file),
    disable_optimization: optional::<String>(disable_optimization),
});
crate::serde_helpers::serde_struct!(ImportAccountsRequest {
    file: optional("file"),
    disable_optimization: optional("disableOptimization"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for ImportAccountsRequest {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
