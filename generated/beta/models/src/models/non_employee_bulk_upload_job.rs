#[derive(Debug, Clone, PartialEq, Default)]
pub struct NonEmployeeBulkUploadJob {
    /// The bulk upload job's ID. (UUID)
    pub id: Option<String>,
    /// The ID of the source to bulk-upload non-employees to. (UUID)
    pub source_id: Option<String>,
    /// The date-time the job was submitted.
    pub created: Option<crate::primitives::DateTime>,
    /// The date-time that the job was last updated.
    pub modified: Option<crate::primitives::DateTime>,
    /// Returns the following values indicating the progress or result of the bulk upload job.
    /// "PENDING" means the job is queued and waiting to be processed.
    /// "IN_PROGRESS" means the job is currently being processed.
    /// "COMPLETED" means the job has been completed without any errors.
    /// "ERROR" means the job failed to process with errors.
    pub status: Option<crate::NonEmployeeBulkUploadJobStatus>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl NonEmployeeBulkUploadJob {
    /// Builds a `NonEmployeeBulkUploadJob` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(NonEmployeeBulkUploadJob {
    id: optional::<String>(id),
    source_id: optional::<String>(source_id),
    created: optional::<crate::primitives::DateTime>(created),
    modified: optional::<crate::primitives::DateTime>(modified),
    status: optional::<crate::NonEmployeeBulkUploadJobStatus>(status),
});
crate::serde_helpers::serde_struct!(NonEmployeeBulkUploadJob {
    id: optional("id"),
    source_id: optional("sourceId"),
    created: optional("created"),
    modified: optional("modified"),
    status: optional("status"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for NonEmployeeBulkUploadJob {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.status, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// Returns the following values indicating the progress or result of the bulk upload job.
/// "PENDING" means the job is queued and waiting to be processed.
/// "IN_PROGRESS" means the job is currently being processed.
/// "COMPLETED" means the job has been completed without any errors.
/// "ERROR" means the job failed to process with errors.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum NonEmployeeBulkUploadJobStatus {
    /// `PENDING`
    Pending,
    /// `IN_PROGRESS`
    InProgress,
    /// `COMPLETED`
    Completed,
    /// `ERROR`
    Error,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl NonEmployeeBulkUploadJobStatus {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Pending => "PENDING",
            Self::InProgress => "IN_PROGRESS",
            Self::Completed => "COMPLETED",
            Self::Error => "ERROR",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for NonEmployeeBulkUploadJobStatus {
    fn from(value: &str) -> Self {
        match value {
            "PENDING" => Self::Pending,
            "IN_PROGRESS" => Self::InProgress,
            "COMPLETED" => Self::Completed,
            "ERROR" => Self::Error,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(NonEmployeeBulkUploadJobStatus);
