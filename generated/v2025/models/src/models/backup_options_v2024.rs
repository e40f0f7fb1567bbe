/// Backup options control what will be included in the backup.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct BackupOptionsV2024 {
    /// Object type names to be included in a Configuration Hub backup command.
    #[serde(rename = "includeTypes", default, skip_serializing_if = "Option::is_none")]
    pub include_types: Option<Vec<crate::BackupOptionsV2024IncludeTypesItem>>,
    /// Additional options targeting specific objects related to each item in the includeTypes field.
    #[serde(rename = "objectOptions", default, skip_serializing_if = "Option::is_none")]
    pub object_options: Option<
        ::indexmap::IndexMap<String, crate::ObjectExportImportNamesV2024>,
    >,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl BackupOptionsV2024 {
    /// Builds a `BackupOptionsV2024` with every field unset.
    pub fn new() -> Self {
        Self {
            include_types: None,
            object_options: None,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit for BackupOptionsV2024 {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.include_types, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.object_options, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
