/// Approval Object
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Approval {
    /// The Approval ID
    pub approval_id: Option<String>,
    /// Object representation of an approver of an approval
    pub approvers: Option<Vec<crate::ApprovalIdentity>>,
    /// Date the approval was created
    pub created_date: Option<String>,
    /// Type of approval
    pub r#type: Option<String>,
    /// The name of the approval for a given locale
    pub name: Option<Vec<crate::ApprovalName>>,
    /// The name of the approval for a given locale
    pub batch_request: Option<crate::ApprovalBatch>,
    /// The description of the approval for a given locale
    pub description: Option<Vec<crate::ApprovalDescription>>,
    /// The priority of the approval
    pub priority: Option<crate::ApprovalPriority>,
    /// Object representation of the requester of the approval
    pub requester: Option<crate::ApprovalIdentity>,
    /// Object representation of a comment on the approval
    pub comments: Option<Vec<crate::ApprovalComment>>,
    /// Array of approvers who have approved the approval
    pub approved_by: Option<Vec<crate::ApprovalIdentity>>,
    /// Array of approvers who have rejected the approval
    pub rejected_by: Option<Vec<crate::ApprovalIdentity>>,
    /// Date the approval was completed
    pub completed_date: Option<String>,
    /// Criteria that needs to be met for an approval to be marked as approved
    pub approval_criteria: Option<crate::ApprovalApprovalCriteria>,
    /// The current status of the approval
    pub status: Option<crate::ApprovalStatus2>,
    /// Json string representing additional attributes known about the object to be approved.
    pub additional_attributes: Option<String>,
    /// Reference data related to the approval
    pub reference_data: Option<Vec<crate::ApprovalReference>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl Approval {
    /// Builds a `Approval` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(Approval {
    approval_id: optional::<String>(approval_id),
    approvers: optional::<Vec<crate::ApprovalIdentity>>(approvers),
    created_date: optional::<String>(created_date),
    r#type: optional::<String>(r#type),
    name: optional::<Vec<crate::ApprovalName>>(name),
    batch_request: optional::<crate::ApprovalBatch>(batch_request),
    description: optional::<Vec<crate::ApprovalDescription>>(description),
    priority: optional::<crate::ApprovalPriority>(priority),
    requester: optional::<crate::ApprovalIdentity>(requester),
    comments: optional::<Vec<crate::ApprovalComment>>(comments),
    approved_by: optional::<Vec<crate::ApprovalIdentity>>(approved_by),
    rejected_by: optional::<Vec<crate::ApprovalIdentity>>(rejected_by),
    completed_date: optional::<String>(completed_date),
    approval_criteria: optional::<crate::ApprovalApprovalCriteria>(approval_criteria),
    status: optional::<crate::ApprovalStatus2>(status),
    additional_attributes: optional::<String>(additional_attributes),
    reference_data: optional::<Vec<crate::ApprovalReference>>(reference_data),
});
crate::serde_helpers::serde_struct!(Approval {
    approval_id: optional("approvalId"),
    approvers: optional("approvers"),
    created_date: optional("createdDate"),
    r#type: optional("type"),
    name: optional("name"),
    batch_request: optional("batchRequest"),
    description: optional("description"),
    priority: optional("priority"),
    requester: optional("requester"),
    comments: optional("comments"),
    approved_by: optional("approvedBy"),
    rejected_by: optional("rejectedBy"),
    completed_date: optional("completedDate"),
    approval_criteria: optional("approvalCriteria"),
    status: optional("status"),
    additional_attributes: optional("additionalAttributes"),
    reference_data: optional("referenceData"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for Approval {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.approvers, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.name, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.batch_request, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.description, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.priority, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.requester, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.comments, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.approved_by, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.rejected_by, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.approval_criteria, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.status, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.reference_data, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// Criteria that needs to be met for an approval to be marked as approved
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ApprovalApprovalCriteria {
    /// `SINGLE`
    Single,
    /// `DOUBLE`
    Double,
    /// `TRIPLE`
    Triple,
    /// `QUARTER`
    Quarter,
    /// `HALF`
    Half,
    /// `ALL`
    All,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl ApprovalApprovalCriteria {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Single => "SINGLE",
            Self::Double => "DOUBLE",
            Self::Triple => "TRIPLE",
            Self::Quarter => "QUARTER",
            Self::Half => "HALF",
            Self::All => "ALL",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for ApprovalApprovalCriteria {
    fn from(value: &str) -> Self {
        match value {
            "SINGLE" => Self::Single,
            "DOUBLE" => Self::Double,
            "TRIPLE" => Self::Triple,
            "QUARTER" => Self::Quarter,
            "HALF" => Self::Half,
            "ALL" => Self::All,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(ApprovalApprovalCriteria);
/// The priority of the approval
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ApprovalPriority {
    /// `HIGH`
    High,
    /// `MEDIUM`
    Medium,
    /// `LOW`
    Low,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl ApprovalPriority {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::High => "HIGH",
            Self::Medium => "MEDIUM",
            Self::Low => "LOW",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for ApprovalPriority {
    fn from(value: &str) -> Self {
        match value {
            "HIGH" => Self::High,
            "MEDIUM" => Self::Medium,
            "LOW" => Self::Low,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(ApprovalPriority);
/// The current status of the approval
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ApprovalStatus2 {
    /// `PENDING`
    Pending,
    /// `APPROVED`
    Approved,
    /// `REJECTED`
    Rejected,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl ApprovalStatus2 {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Pending => "PENDING",
            Self::Approved => "APPROVED",
            Self::Rejected => "REJECTED",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for ApprovalStatus2 {
    fn from(value: &str) -> Self {
        match value {
            "PENDING" => Self::Pending,
            "APPROVED" => Self::Approved,
            "REJECTED" => Self::Rejected,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(ApprovalStatus2);
