#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListFormElementDataByElementIdResponse {
    /// Results holds a list of FormElementDataSourceConfigOptions items
    pub results: Option<Vec<crate::FormElementDataSourceConfigOptions>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl ListFormElementDataByElementIdResponse {
    /// Builds a `ListFormElementDataByElementIdResponse` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(ListFormElementDataByElementIdResponse {
    results: optional::<Vec<crate::FormElementDataSourceConfigOptions>>(results),
});
crate::serde_helpers::serde_struct!(ListFormElementDataByElementIdResponse {
    results: optional("results"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for ListFormElementDataByElementIdResponse {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.results, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
