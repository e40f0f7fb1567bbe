#[derive(Debug, Clone, PartialEq, Default)]
pub struct CertificationTask {
    /// The ID of the certification task.
    pub id: Option<String>,
    /// The type of the certification task. More values may be added in the future.
    pub r#type: Option<crate::CertificationTaskType>,
    /// The type of item that is being operated on by this task whose ID is stored in the targetId field.
    pub target_type: Option<crate::CertificationTaskTargetType>,
    /// The ID of the item being operated on by this task.
    pub target_id: Option<String>,
    /// The status of the task.
    pub status: Option<crate::CertificationTaskStatus>,
    /// A list of errors that have been encountered by the task.
    pub errors: Option<Vec<crate::ErrorMessageDto>>,
    /// Reassignment trails that lead to self certification identity
    pub reassignment_trail_dt_os: Option<Vec<crate::ReassignmentTrailDto>>,
    /// The date and time on which this task was created.
    pub created: Option<crate::primitives::DateTime>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl CertificationTask {
    /// Builds a `CertificationTask` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(CertificationTask {
    id: optional::<String>(id),
    r#type: optional::<crate::CertificationTaskType>(r#type),
    target_type: optional::<crate::CertificationTaskTargetType>(target_type),
    target_id: optional::<String>(target_id),
    status: optional::<crate::CertificationTaskStatus>(status),
    errors: optional::<Vec<crate::ErrorMessageDto>>(errors),
    reassignment_trail_dt_os: optional::<Vec<crate::ReassignmentTrailDto>>(reassignment_trail_dt_os),
    created: optional::<crate::primitives::DateTime>(created),
});
crate::serde_helpers::serde_struct!(CertificationTask {
    id: optional("id"),
    r#type: optional("type"),
    target_type: optional("targetType"),
    target_id: optional("targetId"),
    status: optional("status"),
    errors: optional("errors"),
    reassignment_trail_dt_os: optional("reassignmentTrailDTOs"),
    created: optional("created"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for CertificationTask {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.target_type, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.status, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.errors, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.reassignment_trail_dt_os, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// The status of the task.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum CertificationTaskStatus {
    /// `QUEUED`
    Queued,
    /// `IN_PROGRESS`
    InProgress,
    /// `SUCCESS`
    Success,
    /// `ERROR`
    Error,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl CertificationTaskStatus {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Queued => "QUEUED",
            Self::InProgress => "IN_PROGRESS",
            Self::Success => "SUCCESS",
            Self::Error => "ERROR",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for CertificationTaskStatus {
    fn from(value: &str) -> Self {
        match value {
            "QUEUED" => Self::Queued,
            "IN_PROGRESS" => Self::InProgress,
            "SUCCESS" => Self::Success,
            "ERROR" => Self::Error,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(CertificationTaskStatus);
/// The type of item that is being operated on by this task whose ID is stored in the targetId field.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum CertificationTaskTargetType {
    /// `CERTIFICATION`
    Certification,
    /// `CAMPAIGN`
    Campaign,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl CertificationTaskTargetType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Certification => "CERTIFICATION",
            Self::Campaign => "CAMPAIGN",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for CertificationTaskTargetType {
    fn from(value: &str) -> Self {
        match value {
            "CERTIFICATION" => Self::Certification,
            "CAMPAIGN" => Self::Campaign,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(CertificationTaskTargetType);
/// The type of the certification task. More values may be added in the future.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum CertificationTaskType {
    /// `REASSIGN`
    Reassign,
    /// `ADMIN_REASSIGN`
    AdminReassign,
    /// `COMPLETE_CERTIFICATION`
    CompleteCertification,
    /// `FINISH_CERTIFICATION`
    FinishCertification,
    /// `COMPLETE_CAMPAIGN`
    CompleteCampaign,
    /// `ACTIVATE_CAMPAIGN`
    ActivateCampaign,
    /// `CAMPAIGN_CREATE`
    CampaignCreate,
    /// `CAMPAIGN_DELETE`
    CampaignDelete,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl CertificationTaskType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Reassign => "REASSIGN",
            Self::AdminReassign => "ADMIN_REASSIGN",
            Self::CompleteCertification => "COMPLETE_CERTIFICATION",
            Self::FinishCertification => "FINISH_CERTIFICATION",
            Self::CompleteCampaign => "COMPLETE_CAMPAIGN",
            Self::ActivateCampaign => "ACTIVATE_CAMPAIGN",
            Self::CampaignCreate => "CAMPAIGN_CREATE",
            Self::CampaignDelete => "CAMPAIGN_DELETE",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for CertificationTaskType {
    fn from(value: &str) -> Self {
        match value {
            "REASSIGN" => Self::Reassign,
            "ADMIN_REASSIGN" => Self::AdminReassign,
            "COMPLETE_CERTIFICATION" => Self::CompleteCertification,
            "FINISH_CERTIFICATION" => Self::FinishCertification,
            "COMPLETE_CAMPAIGN" => Self::CompleteCampaign,
            "ACTIVATE_CAMPAIGN" => Self::ActivateCampaign,
            "CAMPAIGN_CREATE" => Self::CampaignCreate,
            "CAMPAIGN_DELETE" => Self::CampaignDelete,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(CertificationTaskType);
