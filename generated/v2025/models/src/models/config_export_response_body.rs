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
    pub options: Option<crate::ExportOptionsBeta>,
    pub objects: Option<Vec<crate::ConfigObjectForExportAndImport>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl ConfigExportResponseBody {
    /// Builds a `ConfigExportResponseBody` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `version`.
    pub fn version(mut self, value: impl Into<i64>) -> Self {
        self.version = Some(value.into());
        self
    }
    /// Sets `timestamp`.
    pub fn timestamp(mut self, value: impl Into<crate::primitives::DateTime>) -> Self {
        self.timestamp = Some(value.into());
        self
    }
    /// Sets `tenant`.
    pub fn tenant(mut self, value: impl Into<String>) -> Self {
        self.tenant = Some(value.into());
        self
    }
    /// Sets `description`.
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }
    /// Sets `options`.
    pub fn options(mut self, value: impl Into<crate::ExportOptionsBeta>) -> Self {
        self.options = Some(value.into());
        self
    }
    /// Sets `objects`.
    pub fn objects(
        mut self,
        value: impl Into<Vec<crate::ConfigObjectForExportAndImport>>,
    ) -> Self {
        self.objects = Some(value.into());
        self
    }
}
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
