#[derive(Debug, Clone, PartialEq, Default)]
pub struct ObjectExportImportNamesV2024 {
    /// Object names to be included in a backup.
    pub included_names: Option<Vec<String>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl ObjectExportImportNamesV2024 {
    /// Builds a `ObjectExportImportNamesV2024` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(ObjectExportImportNamesV2024 {
    included_names: optional::<Vec<String>>(included_names),
});
crate::serde_helpers::serde_struct!(ObjectExportImportNamesV2024 {
    included_names: optional("includedNames"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for ObjectExportImportNamesV2024 {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
