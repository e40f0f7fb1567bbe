#[derive(Debug, Clone, PartialEq, Default)]
pub struct DraftResponse {
    /// Unique id assigned to this job.
    pub job_id: Option<String>,
    /// Status of the job.
    pub status: Option<crate::DraftResponseStatus>,
    /// Type of the job, will always be CREATE_DRAFT for this type of job.
    pub r#type: Option<crate::DraftResponseType>,
    /// Message providing information about the outcome of the draft process.
    pub message: Option<String>,
    /// The name of user that that initiated the draft process.
    pub requester_name: Option<String>,
    /// Whether or not a file was generated for this draft.
    pub file_exists: Option<bool>,
    /// The time the job was started.
    pub created: Option<crate::primitives::DateTime>,
    /// The time of the last update to the job.
    pub modified: Option<crate::primitives::DateTime>,
    /// The time the job was completed.
    pub completed: Option<crate::primitives::DateTime>,
    /// Name of the draft.
    pub name: Option<String>,
    /// Tenant owner of the backup from which the draft was generated.
    pub source_tenant: Option<String>,
    /// Id of the backup from which the draft was generated.
    pub source_backup_id: Option<String>,
    /// Name of the backup from which the draft was generated.
    pub source_backup_name: Option<String>,
    /// Denotes the origin of the source backup from which the draft was generated.
    /// - RESTORE - Same tenant.
    /// - PROMOTE - Different tenant.
    /// - UPLOAD - Uploaded configuration.
    pub mode: Option<crate::DraftResponseMode>,
    /// Approval status of the draft used to determine whether or not the draft can be deployed.
    pub approval_status: Option<crate::DraftResponseApprovalStatus>,
    /// List of comments that have been exchanged between an approval requester and an approver.
    pub approval_comment: Option<Vec<crate::ApprovalCommentV2025>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl DraftResponse {
    /// Builds a `DraftResponse` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(DraftResponse {
    job_id: optional::<String>(job_id),
    status: optional::<crate::DraftResponseStatus>(status),
    r#type: optional::<crate::DraftResponseType>(r#type),
    message: optional::<String>(message),
    requester_name: optional::<String>(requester_name),
    file_exists: optional::<bool>(file_exists),
    created: optional::<crate::primitives::DateTime>(created),
    modified: optional::<crate::primitives::DateTime>(modified),
    completed: optional::<crate::primitives::DateTime>(completed),
    name: optional::<String>(name),
    source_tenant: optional::<String>(source_tenant),
    source_backup_id: optional::<String>(source_backup_id),
    source_backup_name: optional::<String>(source_backup_name),
    mode: optional::<crate::DraftResponseMode>(mode),
    approval_status: optional::<crate::DraftResponseApprovalStatus>(approval_status),
    approval_comment: optional::<Vec<crate::ApprovalCommentV2025>>(approval_comment),
});
crate::serde_helpers::serde_struct!(DraftResponse {
    job_id: optional("jobId"),
    status: optional("status"),
    r#type: optional("type"),
    message: optional("message"),
    requester_name: optional("requesterName"),
    file_exists: optional("fileExists"),
    created: optional("created"),
    modified: optional("modified"),
    completed: optional("completed"),
    name: optional("name"),
    source_tenant: optional("sourceTenant"),
    source_backup_id: optional("sourceBackupId"),
    source_backup_name: optional("sourceBackupName"),
    mode: optional("mode"),
    approval_status: optional("approvalStatus"),
    approval_comment: optional("approvalComment"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for DraftResponse {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.status, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.mode, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.approval_status, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.approval_comment, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// Approval status of the draft used to determine whether or not the draft can be deployed.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum DraftResponseApprovalStatus {
    /// `DEFAULT`
    Default,
    /// `PENDING_APPROVAL`
    PendingApproval,
    /// `APPROVED`
    Approved,
    /// `DENIED`
    Denied,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl DraftResponseApprovalStatus {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Default => "DEFAULT",
            Self::PendingApproval => "PENDING_APPROVAL",
            Self::Approved => "APPROVED",
            Self::Denied => "DENIED",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for DraftResponseApprovalStatus {
    fn from(value: &str) -> Self {
        match value {
            "DEFAULT" => Self::Default,
            "PENDING_APPROVAL" => Self::PendingApproval,
            "APPROVED" => Self::Approved,
            "DENIED" => Self::Denied,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(DraftResponseApprovalStatus);
/// Denotes the origin of the source backup from which the draft was generated.
/// - RESTORE - Same tenant.
/// - PROMOTE - Different tenant.
/// - UPLOAD - Uploaded configuration.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum DraftResponseMode {
    /// `RESTORE`
    Restore,
    /// `PROMOTE`
    Promote,
    /// `UPLOAD`
    Upload,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl DraftResponseMode {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Restore => "RESTORE",
            Self::Promote => "PROMOTE",
            Self::Upload => "UPLOAD",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for DraftResponseMode {
    fn from(value: &str) -> Self {
        match value {
            "RESTORE" => Self::Restore,
            "PROMOTE" => Self::Promote,
            "UPLOAD" => Self::Upload,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(DraftResponseMode);
/// Status of the job.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum DraftResponseStatus {
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
impl DraftResponseStatus {
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
impl From<&str> for DraftResponseStatus {
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
crate::serde_helpers::string_enum!(DraftResponseStatus);
/// Type of the job, will always be CREATE_DRAFT for this type of job.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum DraftResponseType {
    /// `CREATE_DRAFT`
    CreateDraft,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl DraftResponseType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::CreateDraft => "CREATE_DRAFT",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for DraftResponseType {
    fn from(value: &str) -> Self {
        match value {
            "CREATE_DRAFT" => Self::CreateDraft,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(DraftResponseType);
