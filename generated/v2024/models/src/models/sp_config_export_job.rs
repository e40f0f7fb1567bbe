/// Includes the fields of [`SpConfigJob`](crate::SpConfigJob).
#[derive(Debug, Clone, PartialEq)]
pub struct SpConfigExportJob {
    /// Unique id assigned to this job.
    pub job_id: String,
    /// Status of the job.
    pub status: crate::SpConfigJobStatus,
    /// Type of the job, either export or import.
    pub r#type: crate::SpConfigJobType,
    /// The time until which the artifacts will be available for download.
    pub expiration: Option<crate::primitives::DateTime>,
    /// The time the job was started.
    pub created: crate::primitives::DateTime,
    /// The time of the last update to the job.
    pub modified: crate::primitives::DateTime,
    /// Optional user defined description/name for export job.
    pub description: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl SpConfigExportJob {
    /// Builds a `SpConfigExportJob` from its required fields; the others are unset.
    pub fn new(
        job_id: impl Into<String>,
        status: impl Into<crate::SpConfigJobStatus>,
        r#type: impl Into<crate::SpConfigJobType>,
        created: impl Into<crate::primitives::DateTime>,
        modified: impl Into<crate::primitives::DateTime>,
    ) -> Self {
        Self {
            job_id: job_id.into(),
            status: status.into(),
            r#type: r#type.into(),
            expiration: None,
            created: created.into(),
            modified: modified.into(),
            description: None,
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::setters!(SpConfigExportJob {
    expiration: optional::<crate::primitives::DateTime>(expiration),
    description: optional::<String>(description),
});
crate::serde_helpers::serde_struct!(SpConfigExportJob {
    job_id: required("jobId"),
    status: required("status"),
    r#type: required("type"),
    expiration: optional("expiration"),
    created: required("created"),
    modified: required("modified"),
    description: optional("description"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for SpConfigExportJob {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.status, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
