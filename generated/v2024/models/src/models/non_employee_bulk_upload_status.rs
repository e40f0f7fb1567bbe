#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct NonEmployeeBulkUploadStatus {
    /// Returns the following values indicating the progress or result of the bulk upload job.
    /// "PENDING" means the job is queued and waiting to be processed.
    /// "IN_PROGRESS" means the job is currently being processed.
    /// "COMPLETED" means the job has been completed without any errors.
    /// "ERROR" means the job failed to process with errors.
    /// null means job has been submitted to the source.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<crate::NonEmployeeBulkUploadStatusStatus>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl NonEmployeeBulkUploadStatus {
    /// Builds a `NonEmployeeBulkUploadStatus` with every field unset.
    pub fn new() -> Self {
        Self {
            status: None,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit for NonEmployeeBulkUploadStatus {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.status, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
