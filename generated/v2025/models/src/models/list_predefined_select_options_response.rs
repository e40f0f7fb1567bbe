#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListPredefinedSelectOptionsResponse {
    /// Results holds a list of PreDefinedSelectOption items
    pub results: Option<Vec<String>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl ListPredefinedSelectOptionsResponse {
    /// Builds a `ListPredefinedSelectOptionsResponse` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(ListPredefinedSelectOptionsResponse {
    results: optional::<Vec<String>>(results),
});
crate::serde_helpers::serde_struct!(ListPredefinedSelectOptionsResponse {
    results: optional("results"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for ListPredefinedSelectOptionsResponse {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
