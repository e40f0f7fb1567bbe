/// Response model for config export download response.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ConfigExportResponseBody {
    /// Current version of the export results object.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub version: Option<i64>,
    /// Time the export was completed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timestamp: Option<crate::primitives::DateTime>,
    /// Name of the tenant where this export originated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tenant: Option<String>,
    /// Optional user defined description/name for export job.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Options used to create this export.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub options: Option<crate::ExportOptionsBeta>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub objects: Option<Vec<crate::ConfigObjectForExportAndImport>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
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
impl crate::serde_helpers::SchemaFit for ConfigExportResponseBody {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.options, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.objects, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
