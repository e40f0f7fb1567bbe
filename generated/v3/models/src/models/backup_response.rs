#[derive(Debug, Clone, PartialEq, Default)]
pub struct BackupResponse {
    /// Unique id assigned to this backup.
    pub job_id: Option<String>,
    /// Status of the backup.
    pub status: Option<crate::BackupResponseStatus>,
    /// Type of the job, will always be BACKUP for this type of job.
    pub r#type: Option<crate::BackupResponseType>,
    /// The name of the tenant performing the upload
    pub tenant: Option<String>,
    /// The name of the requester.
    pub requester_name: Option<String>,
    /// Whether or not a file was created and stored for this backup.
    pub file_exists: Option<bool>,
    /// The time the job was started.
    pub created: Option<crate::primitives::DateTime>,
    /// The time of the last update to the job.
    pub modified: Option<crate::primitives::DateTime>,
    /// The time the job was completed.
    pub completed: Option<crate::primitives::DateTime>,
    /// The name assigned to the upload file in the request body.
    pub name: Option<String>,
    /// Whether this backup can be deleted by a regular user.
    pub user_can_delete: Option<bool>,
    /// Whether this backup contains all supported object types or only some of them.
    pub is_partial: Option<bool>,
    /// Denotes how this backup was created.
    /// - MANUAL - The backup was created by a user.
    /// - AUTOMATED - The backup was created by devops.
    /// - AUTOMATED_DRAFT - The backup was created during a draft process.
    /// - UPLOADED - The backup was created by uploading an existing configuration file.
    pub backup_type: Option<crate::BackupResponseBackupType>,
    pub options: Option<Option<crate::BackupOptions>>,
    /// Whether the object details of this backup are ready.
    pub hydration_status: Option<crate::BackupResponseHydrationStatus>,
    /// Number of objects contained in this backup.
    pub total_object_count: Option<i64>,
    /// Whether this backup has been transferred to a customer storage location.
    pub cloud_storage_status: Option<crate::BackupResponseCloudStorageStatus>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl BackupResponse {
    /// Builds a `BackupResponse` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(BackupResponse {
    job_id: optional::<String>(job_id),
    status: optional::<crate::BackupResponseStatus>(status),
    r#type: optional::<crate::BackupResponseType>(r#type),
    tenant: optional::<String>(tenant),
    requester_name: optional::<String>(requester_name),
    file_exists: optional::<bool>(file_exists),
    created: optional::<crate::primitives::DateTime>(created),
    modified: optional::<crate::primitives::DateTime>(modified),
    completed: optional::<crate::primitives::DateTime>(completed),
    name: optional::<String>(name),
    user_can_delete: optional::<bool>(user_can_delete),
    is_partial: optional::<bool>(is_partial),
    backup_type: optional::<crate::BackupResponseBackupType>(backup_type),
    options: nullable::<crate::BackupOptions>(options, options_null),
    hydration_status: optional::<crate::BackupResponseHydrationStatus>(hydration_status),
    total_object_count: optional::<i64>(total_object_count),
    cloud_storage_status: optional::<crate::BackupResponseCloudStorageStatus>(cloud_storage_status),
});
crate::serde_helpers::serde_struct!(BackupResponse {
    job_id: optional("jobId"),
    status: optional("status"),
    r#type: optional("type"),
    tenant: optional("tenant"),
    requester_name: optional("requesterName"),
    file_exists: optional("fileExists"),
    created: optional("created"),
    modified: optional("modified"),
    completed: optional("completed"),
    name: optional("name"),
    user_can_delete: optional("userCanDelete"),
    is_partial: optional("isPartial"),
    backup_type: optional("backupType"),
    options: nullable("options"),
    hydration_status: optional("hydrationStatus"),
    total_object_count: optional("totalObjectCount"),
    cloud_storage_status: optional("cloudStorageStatus"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for BackupResponse {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.status, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.backup_type, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.options, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.hydration_status, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.cloud_storage_status, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// Denotes how this backup was created.
/// - MANUAL - The backup was created by a user.
/// - AUTOMATED - The backup was created by devops.
/// - AUTOMATED_DRAFT - The backup was created during a draft process.
/// - UPLOADED - The backup was created by uploading an existing configuration file.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum BackupResponseBackupType {
    /// `UPLOADED`
    Uploaded,
    /// `AUTOMATED`
    Automated,
    /// `MANUAL`
    Manual,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl BackupResponseBackupType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Uploaded => "UPLOADED",
            Self::Automated => "AUTOMATED",
            Self::Manual => "MANUAL",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for BackupResponseBackupType {
    fn from(value: &str) -> Self {
        match value {
            "UPLOADED" => Self::Uploaded,
            "AUTOMATED" => Self::Automated,
            "MANUAL" => Self::Manual,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(BackupResponseBackupType);
/// Whether this backup has been transferred to a customer storage location.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum BackupResponseCloudStorageStatus {
    /// `SYNCED`
    Synced,
    /// `NOT_SYNCED`
    NotSynced,
    /// `SYNC_FAILED`
    SyncFailed,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl BackupResponseCloudStorageStatus {
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
impl From<&str> for BackupResponseCloudStorageStatus {
    fn from(value: &str) -> Self {
        match value {
            "SYNCED" => Self::Synced,
            "NOT_SYNCED" => Self::NotSynced,
            "SYNC_FAILED" => Self::SyncFailed,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(BackupResponseCloudStorageStatus);
/// Whether the object details of this backup are ready.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum BackupResponseHydrationStatus {
    /// `HYDRATED`
    Hydrated,
    /// `NOT_HYDRATED`
    NotHydrated,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl BackupResponseHydrationStatus {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Hydrated => "HYDRATED",
            Self::NotHydrated => "NOT_HYDRATED",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for BackupResponseHydrationStatus {
    fn from(value: &str) -> Self {
        match value {
            "HYDRATED" => Self::Hydrated,
            "NOT_HYDRATED" => Self::NotHydrated,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(BackupResponseHydrationStatus);
/// Status of the backup.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum BackupResponseStatus {
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
impl BackupResponseStatus {
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
impl From<&str> for BackupResponseStatus {
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
crate::serde_helpers::string_enum!(BackupResponseStatus);
/// Type of the job, will always be BACKUP for this type of job.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum BackupResponseType {
    /// `BACKUP`
    Backup,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl BackupResponseType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Backup => "BACKUP",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for BackupResponseType {
    fn from(value: &str) -> Self {
        match value {
            "BACKUP" => Self::Backup,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(BackupResponseType);
