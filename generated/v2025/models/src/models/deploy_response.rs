#[derive(Debug, Clone, PartialEq, Default)]
pub struct DeployResponse {
    /// Unique id assigned to this job.
    pub job_id: Option<String>,
    /// Status of the job.
    pub status: Option<crate::DeployResponseStatus>,
    /// Type of the job, will always be CONFIG_DEPLOY_DRAFT for this type of job.
    pub r#type: Option<crate::DeployResponseType>,
    /// Message providing information about the outcome of the deploy process.
    pub message: Option<String>,
    /// The name of the user that initiated the deploy process.
    pub requester_name: Option<String>,
    /// Whether or not a results file was created and stored for this deploy.
    pub file_exists: Option<bool>,
    /// The time the job was started.
    pub created: Option<crate::primitives::DateTime>,
    /// The time of the last update to the job.
    pub modified: Option<crate::primitives::DateTime>,
    /// The time the job was completed.
    pub completed: Option<crate::primitives::DateTime>,
    /// The id of the draft that was used for this deploy.
    pub draft_id: Option<String>,
    /// The name of the draft that was used for this deploy.
    pub draft_name: Option<String>,
    /// Whether this deploy results file has been transferred to a customer storage location.
    pub cloud_storage_status: Option<crate::DeployResponseCloudStorageStatus>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl DeployResponse {
    /// Builds a `DeployResponse` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(DeployResponse {
    job_id: optional::<String>(job_id),
    status: optional::<crate::DeployResponseStatus>(status),
    r#type: optional::<crate::DeployResponseType>(r#type),
    message: optional::<String>(message),
    requester_name: optional::<String>(requester_name),
    file_exists: optional::<bool>(file_exists),
    created: optional::<crate::primitives::DateTime>(created),
    modified: optional::<crate::primitives::DateTime>(modified),
    completed: optional::<crate::primitives::DateTime>(completed),
    draft_id: optional::<String>(draft_id),
    draft_name: optional::<String>(draft_name),
    cloud_storage_status: optional::<crate::DeployResponseCloudStorageStatus>(cloud_storage_status),
});
crate::serde_helpers::serde_struct!(DeployResponse {
    job_id: optional("jobId"),
    status: optional("status"),
    r#type: optional("type"),
    message: optional("message"),
    requester_name: optional("requesterName"),
    file_exists: optional("fileExists"),
    created: optional("created"),
    modified: optional("modified"),
    completed: optional("completed"),
    draft_id: optional("draftId"),
    draft_name: optional("draftName"),
    cloud_storage_status: optional("cloudStorageStatus"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for DeployResponse {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.status, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.cloud_storage_status, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// Whether this deploy results file has been transferred to a customer storage location.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum DeployResponseCloudStorageStatus {
    /// `SYNCED`
    Synced,
    /// `NOT_SYNCED`
    NotSynced,
    /// `SYNC_FAILED`
    SyncFailed,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl DeployResponseCloudStorageStatus {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Synced => "SYNCED",
            Self::NotSynced => "NOT_SYNCED",
            Self::SyncFailed => "SYNC_FAILED",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for DeployResponseCloudStorageStatus {
    fn from(value: &str) -> Self {
        match value {
            "SYNCED" => Self::Synced,
            "NOT_SYNCED" => Self::NotSynced,
            "SYNC_FAILED" => Self::SyncFailed,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(DeployResponseCloudStorageStatus);
/// Status of the job.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum DeployResponseStatus {
    /// `NOT_STARTED`
    NotStarted,
    /// `IN_PROGRESS`
    InProgress,
    /// `COMPLETE`
    Complete,
    /// `CANCELLED`
    Cancelled,
    /// `FAILED`
    Failed,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl DeployResponseStatus {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::NotStarted => "NOT_STARTED",
            Self::InProgress => "IN_PROGRESS",
            Self::Complete => "COMPLETE",
            Self::Cancelled => "CANCELLED",
            Self::Failed => "FAILED",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for DeployResponseStatus {
    fn from(value: &str) -> Self {
        match value {
            "NOT_STARTED" => Self::NotStarted,
            "IN_PROGRESS" => Self::InProgress,
            "COMPLETE" => Self::Complete,
            "CANCELLED" => Self::Cancelled,
            "FAILED" => Self::Failed,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(DeployResponseStatus);
/// Type of the job, will always be CONFIG_DEPLOY_DRAFT for this type of job.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum DeployResponseType {
    /// `CONFIG_DEPLOY_DRAFT`
    ConfigDeployDraft,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl DeployResponseType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ConfigDeployDraft => "CONFIG_DEPLOY_DRAFT",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for DeployResponseType {
    fn from(value: &str) -> Self {
        match value {
            "CONFIG_DEPLOY_DRAFT" => Self::ConfigDeployDraft,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(DeployResponseType);
