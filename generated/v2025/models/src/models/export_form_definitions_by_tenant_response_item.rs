#[derive(Debug, Clone, PartialEq, Default)]
pub struct ExportFormDefinitionsByTenantResponseItem {
    pub object: Option<crate::FormDefinitionResponse>,
    pub self_: Option<crate::ExportFormDefinitionsByTenantResponseItemSelf>,
    pub version: Option<i32>,
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
    self_: optional::<crate::ExportFormDefinitionsByTenantResponseItemSelf>(self_),
    version: optional::<i32>(version),
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
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ExportFormDefinitionsByTenantResponseItemSelf {
    pub object: Option<crate::FormDefinitionSelfImportExportDto>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl ExportFormDefinitionsByTenantResponseItemSelf {
    /// Builds a `ExportFormDefinitionsByTenantResponseItemSelf` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(ExportFormDefinitionsByTenantResponseItemSelf {
    object: optional::<crate::FormDefinitionSelfImportExportDto>(object),
});
crate::serde_helpers::serde_struct!(ExportFormDefinitionsByTenantResponseItemSelf {
    object: optional("object"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for ExportFormDefinitionsByTenantResponseItemSelf {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.object, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
