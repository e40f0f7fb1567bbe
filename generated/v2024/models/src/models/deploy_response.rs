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
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl DeployResponse {
    /// Builds a `DeployResponse` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `job_id`.
    pub fn job_id(mut self, value: impl Into<String>) -> Self {
        self.job_id = Some(value.into());
        self
    }
    /// Sets `status`.
    pub fn status(mut self, value: impl Into<crate::DeployResponseStatus>) -> Self {
        self.status = Some(value.into());
        self
    }
    /// Sets `type`.
    pub fn r#type(mut self, value: impl Into<crate::DeployResponseType>) -> Self {
        self.r#type = Some(value.into());
        self
    }
    /// Sets `message`.
    pub fn message(mut self, value: impl Into<String>) -> Self {
        self.message = Some(value.into());
        self
    }
    /// Sets `requester_name`.
    pub fn requester_name(mut self, value: impl Into<String>) -> Self {
        self.requester_name = Some(value.into());
        self
    }
    /// Sets `file_exists`.
    pub fn file_exists(mut self, value: impl Into<bool>) -> Self {
        self.file_exists = Some(value.into());
        self
    }
    /// Sets `created`.
    pub fn created(mut self, value: impl Into<crate::primitives::DateTime>) -> Self {
        self.created = Some(value.into());
        self
    }
    /// Sets `modified`.
    pub fn modified(mut self, value: impl Into<crate::primitives::DateTime>) -> Self {
        self.modified = Some(value.into());
        self
    }
    /// Sets `completed`.
    pub fn completed(mut self, value: impl Into<crate::primitives::DateTime>) -> Self {
        self.completed = Some(value.into());
        self
    }
    /// Sets `draft_id`.
    pub fn draft_id(mut self, value: impl Into<String>) -> Self {
        self.draft_id = Some(value.into());
        self
    }
    /// Sets `draft_name`.
    pub fn draft_name(mut self, value: impl Into<String>) -> Self {
        self.draft_name = Some(value.into());
        self
    }
    /// Sets `cloud_storage_status`.
    pub fn cloud_storage_status(
        mut self,
        value: impl Into<crate::DeployResponseCloudStorageStatus>,
    ) -> Self {
        self.cloud_storage_status = Some(value.into());
        self
    }
}
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
