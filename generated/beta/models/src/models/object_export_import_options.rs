#[derive(Debug, Clone, PartialEq, Default)]
pub struct ObjectExportImportOptions {
    /// Object ids to be included in an import or export.
    pub included_ids: Option<Vec<String>>,
    /// Object names to be included in an import or export.
    pub included_names: Option<Vec<String>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl ObjectExportImportOptions {
    /// Builds a `ObjectExportImportOptions` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(ObjectExportImportOptions {
    included_ids: optional::<Vec<String>>(included_ids),
    included_names: optional::<Vec<String>>(included_names),
});
crate::serde_helpers::serde_struct!(ObjectExportImportOptions {
    included_ids: optional("includedIds"),
    included_names: optional("includedNames"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for ObjectExportImportOptions {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
