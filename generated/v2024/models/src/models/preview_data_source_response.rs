/// PreviewDataSourceResponse is the response sent by `/form-definitions/{formDefinitionID}/data-source` endpoint
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PreviewDataSourceResponse {
    /// Results holds a list of FormElementDataSourceConfigOptions items
    pub results: Option<Vec<crate::FormElementDataSourceConfigOptions>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl PreviewDataSourceResponse {
    /// Builds a `PreviewDataSourceResponse` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(PreviewDataSourceResponse {
    results: optional::<Vec<crate::FormElementDataSourceConfigOptions>>(results),
});
crate::serde_helpers::serde_struct!(PreviewDataSourceResponse {
    results: optional("results"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for PreviewDataSourceResponse {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.results, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
