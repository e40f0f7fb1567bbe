#[derive(Debug, Clone, PartialEq, Default)]
pub struct ObjectExportImportNames {
    /// Object names to be included in a backup.
    pub included_names: Option<Vec<String>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl ObjectExportImportNames {
    /// Builds a `ObjectExportImportNames` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(ObjectExportImportNames {
    included_names: optional::<Vec<String>>(included_names),
});
crate::serde_helpers::serde_struct!(ObjectExportImportNames {
    included_names: optional("includedNames"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for ObjectExportImportNames {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
