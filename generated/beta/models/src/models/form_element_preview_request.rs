#[derive(Debug, Clone, PartialEq, Default)]
pub struct FormElementPreviewRequest {
    pub data_source: Option<crate::FormElementDynamicDataSource>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl FormElementPreviewRequest {
    /// Builds a `FormElementPreviewRequest` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(FormElementPreviewRequest {
    data_source: optional::<crate::FormElementDynamicDataSource>(data_source),
});
crate::serde_helpers::serde_struct!(FormElementPreviewRequest {
    data_source: optional("dataSource"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for FormElementPreviewRequest {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.data_source, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
