/// Response Body for Config Import command.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ConfigImportResponseBody {
    /// The results of an object configuration import job.
    pub results: ::indexmap::IndexMap<String, crate::ObjectImportResult>,
    /// If a backup was performed before the import, this will contain the jobId of the backup job. This id can be used to retrieve the json file of the backup export.
    pub export_job_id: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl ConfigImportResponseBody {
    /// Builds a `ConfigImportResponseBody` from its required fields; the others are unset.
    pub fn new(
        results: impl Into<::indexmap::IndexMap<String, crate::ObjectImportResult>>,
    ) -> Self {
        Self {
            results: results.into(),
            export_job_id: None,
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::setters!(ConfigImportResponseBody {
    export_job_id: optional::<String>(export_job_id),
});
crate::serde_helpers::serde_struct!(ConfigImportResponseBody {
    results: required("results"),
    export_job_id: optional("exportJobId"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for ConfigImportResponseBody {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.results, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
