/// Response model for config export download response.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ConfigExportResponseBody {
    /// Current version of the export results object.
    pub version: Option<i64>,
    /// Time the export was completed.
    pub timestamp: Option<crate::primitives::DateTime>,
    /// Name of the tenant where this export originated.
    pub tenant: Option<String>,
    /// Optional user defined description/name for export job.
    pub description: Option<String>,
    /// Options used to create this export.
    pub options: Option<crate::ExportOptions>,
    pub objects: Option<Vec<crate::ConfigObjectForExportAndImport>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl ConfigExportResponseBody {
    /// Builds a `ConfigExportResponseBody` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(ConfigExportResponseBody {
    version: optional::<i64>(version),
    timestamp: optional::<crate::primitives::DateTime>(timestamp),
    tenant: optional::<String>(tenant),
    description: optional::<String>(description),
    options: optional::<crate::ExportOptions>(options),
    objects: optional::<Vec<crate::ConfigObjectForExportAndImport>>(objects),
});
crate::serde_helpers::serde_struct!(ConfigExportResponseBody {
    version: optional("version"),
    timestamp: optional("timestamp"),
    tenant: optional("tenant"),
    description: optional("description"),
    options: optional("options"),
    objects: optional("objects"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for ConfigExportResponseBody {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.options, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.objects, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
