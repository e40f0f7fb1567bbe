#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListFormDefinitionsByTenantResponse {
    /// Count number of results.
    pub count: Option<i64>,
    /// List of FormDefinitionResponse items.
    pub results: Option<Vec<crate::FormDefinitionResponse>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl ListFormDefinitionsByTenantResponse {
    /// Builds a `ListFormDefinitionsByTenantResponse` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(ListFormDefinitionsByTenantResponse {
    count: optional::<i64>(count),
    results: optional::<Vec<crate::FormDefinitionResponse>>(results),
});
crate::serde_helpers::serde_struct!(ListFormDefinitionsByTenantResponse {
    count: optional("count"),
    results: optional("results"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for ListFormDefinitionsByTenantResponse {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.results, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
