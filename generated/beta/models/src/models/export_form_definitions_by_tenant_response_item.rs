#[derive(Debug, Clone, PartialEq, Default)]
pub struct ExportFormDefinitionsByTenantResponseItem {
    pub object: Option<crate::FormDefinitionResponse>,
    pub self_: Option<crate::FormDefinitionSelfImportExportDto>,
    pub version: Option<i64>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl ExportFormDefinitionsByTenantResponseItem {
    /// Builds a `ExportFormDefinitionsByTenantResponseItem` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(ExportFormDefinitionsByTenantResponseItem {
    object: optional::<crate::FormDefinitionResponse>(object),
    self_: optional::<crate::FormDefinitionSelfImportExportDto>(self_),
    version: optional::<i64>(version),
});
crate::serde_helpers::serde_struct!(ExportFormDefinitionsByTenantResponseItem {
    object: optional("object"),
    self_: optional("self"),
    version: optional("version"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for ExportFormDefinitionsByTenantResponseItem {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.object, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.self_, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
