/// Includes the fields of [`ExportOptions`](crate::ExportOptions).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ExportPayload {
    /// Object type names to be excluded from an sp-config export command.
    pub exclude_types: Option<Vec<crate::ExportOptionsExcludeTypesItem>>,
    /// Object type names to be included in an sp-config export command. IncludeTypes takes precedence over excludeTypes.
    pub include_types: Option<Vec<crate::ExportOptionsIncludeTypesItem>>,
    /// Additional options targeting specific objects related to each item in the includeTypes field
    pub object_options: Option<
        ::indexmap::IndexMap<String, crate::ObjectExportImportOptions>,
    >,
    /// Optional user defined description/name for export job.
    pub description: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl ExportPayload {
    /// Builds a `ExportPayload` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(ExportPayload {
    exclude_types: optional::<Vec<crate::ExportOptionsExcludeTypesItem>>(exclude_types),
    include_types: optional::<Vec<crate::ExportOptionsIncludeTypesItem>>(include_types),
    object_options: optional::<::indexmap::IndexMap<String, crate::ObjectExportImportOptions>>(object_options),
    description: optional::<String>(description),
});
crate::serde_helpers::serde_struct!(ExportPayload {
    exclude_types: optional("excludeTypes"),
    include_types: optional("includeTypes"),
    object_options: optional("objectOptions"),
    description: optional("description"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for ExportPayload {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.exclude_types, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.include_types, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.object_options, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
