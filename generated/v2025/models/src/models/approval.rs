/// Approval Object
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Approval {
    /// The Approval ID
    pub id: Option<String>,
    /// The Tenant ID of the Approval
    pub tenant_id: Option<String>,
    /// The type of the approval, such as ENTITLEMENT_DESCRIPTIONS, CUSTOM_ACCESS_REQUEST_APPROVAL, GENERIC_APPROVAL
    pub r#type: Option<String>,
    /// Object representation of an approver of an approval
    pub approvers: Option<Vec<crate::ApprovalIdentity>>,
    /// Date the approval was created
    pub created_date: Option<String>,
    /// Date the approval is due
    pub due_date: Option<String>,
    /// Step in the escalation process. If set to 0, the approval is not escalated. If set to 1, the approval is escalated to the first approver in the escalation chain.
    pub escalation_step: Option<String>,
    /// The serial step of the approval in the approval chain. For example, serialStep 1 is the first approval to action in an approval request chain. Parallel approvals are set to 0.
    pub serial_step: Option<i64>,
    /// Whether or not the approval has been escalated. Will reset to false when the approval is actioned on.
    pub is_escalated: Option<bool>,
    /// The name of the approval for a given locale
    pub name: Option<Vec<crate::ApprovalName>>,
    /// The name of the approval for a given locale
    pub batch_request: Option<crate::ApprovalBatch>,
    /// The configuration of the approval, such as the approval criteria and whether it is a parallel or serial approval
    pub approval_config: Option<crate::ApprovalConfig>,
    /// The description of the approval for a given locale
    pub description: Option<Vec<crate::ApprovalDescription>>,
    /// Signifies what medium to use when sending notifications (currently only email is utilized)
    pub medium: Option<crate::ApprovalMedium>,
    /// The priority of the approval
    pub priority: Option<crate::ApprovalPriority>,
    /// Object representation of the requester of the approval
    pub requester: Option<crate::ApprovalIdentity>,
    /// Object representation of the requestee of the approval
    pub requestee: Option<crate::ApprovalIdentity>,
    /// Object representation of a comment on the approval
    pub comments: Option<Vec<crate::ApprovalComment>>,
    /// Array of approvers who have approved the approval
    pub approved_by: Option<Vec<crate::ApprovalIdentityRecord>>,
    /// Array of approvers who have rejected the approval
    pub rejected_by: Option<Vec<crate::ApprovalIdentityRecord>>,
    /// Array of identities that the approval request is currently assigned to/waiting on. For parallel approvals, this is set to all approvers left to approve.
    pub assigned_to: Option<Vec<crate::ApprovalIdentity>>,
    /// Date the approval was completed
    pub completed_date: Option<String>,
    /// Criteria that needs to be met for an approval or rejection
    pub approval_criteria: Option<crate::ApprovalApprovalCriteria>,
    /// Json string representing additional attributes known about the object to be approved.
    pub additional_attributes: Option<String>,
    /// Reference data related to the approval
    pub reference_data: Option<Vec<crate::ApprovalReference>>,
    /// History of whom the approval request was assigned to
    pub reassignment_history: Option<Vec<crate::ApprovalReassignmentHistory>>,
    /// Field that can include any static additional info that may be needed by the service that the approval request originated from
    pub static_attributes: Option<::indexmap::IndexMap<String, ::serde_json::Value>>,
    /// Date/time that the approval request was last updated
    pub modified_date: Option<crate::primitives::DateTime>,
    /// RequestedTarget used to specify the actual object or target the approval request is for
    pub requested_target: Option<Vec<crate::ApprovalRequestedTarget>>,
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
    id: optional::<String>(id),
    tenant_id: optional::<String>(tenant_id),
    r#type: optional::<String>(r#type),
    approvers: optional::<Vec<crate::ApprovalIdentity>>(approvers),
    created_date: optional::<String>(created_date),
    due_date: optional::<String>(due_date),
    escalation_step: optional::<String>(escalation_step),
    serial_step: optional::<i64>(serial_step),
    is_escalated: optional::<bool>(is_escalated),
    name: optional::<Vec<crate::ApprovalName>>(name),
    batch_request: optional::<crate::ApprovalBatch>(batch_request),
    approval_config: optional::<crate::ApprovalConfig>(approval_config),
    description: optional::<Vec<crate::ApprovalDescription>>(description),
    medium: optional::<crate::ApprovalMedium>(medium),
    priority: optional::<crate::ApprovalPriority>(priority),
    requester: optional::<crate::ApprovalIdentity>(requester),
    requestee: optional::<crate::ApprovalIdentity>(requestee),
    comments: optional::<Vec<crate::ApprovalComment>>(comments),
    approved_by: optional::<Vec<crate::ApprovalIdentityRecord>>(approved_by),
    rejected_by: optional::<Vec<crate::ApprovalIdentityRecord>>(rejected_by),
    assigned_to: optional::<Vec<crate::ApprovalIdentity>>(assigned_to),
    completed_date: optional::<String>(completed_date),
    approval_criteria: optional::<crate::ApprovalApprovalCriteria>(approval_criteria),
    additional_attributes: optional::<String>(additional_attributes),
    reference_data: optional::<Vec<crate::ApprovalReference>>(reference_data),
    reassignment_history: optional::<Vec<crate::ApprovalReassignmentHistory>>(reassignment_history),
    static_attributes: optional::<::indexmap::IndexMap<String, ::serde_json::Value>>(static_attributes),
    modified_date: optional::<crate::primitives::DateTime>(modified_date),
    requested_target: optional::<Vec<crate::ApprovalRequestedTarget>>(requested_target),
});
crate::serde_helpers::serde_struct!(Approval {
    id: optional("id"),
    tenant_id: optional("tenantId"),
    r#type: optional("type"),
    approvers: optional("approvers"),
    created_date: optional("createdDate"),
    due_date: optional("dueDate"),
    escalation_step: optional("escalationStep"),
    serial_step: optional("serialStep"),
    is_escalated: optional("isEscalated"),
    name: optional("name"),
    batch_request: optional("batchRequest"),
    approval_config: optional("approvalConfig"),
    description: optional("description"),
    medium: optional("medium"),
    priority: optional("priority"),
    requester: optional("requester"),
    requestee: optional("requestee"),
    comments: optional("comments"),
    approved_by: optional("approvedBy"),
    rejected_by: optional("rejectedBy"),
    assigned_to: optional("assignedTo"),
    completed_date: optional("completedDate"),
    approval_criteria: optional("approvalCriteria"),
    additional_attributes: optional("additionalAttributes"),
    reference_data: optional("referenceData"),
    reassignment_history: optional("reassignmentHistory"),
    static_attributes: optional("staticAttributes"),
    modified_date: optional("modifiedDate"),
    requested_target: optional("requestedTarget"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for Approval {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.approvers, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.name, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.batch_request, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.approval_config, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.description, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.medium, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.priority, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.requester, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.requestee, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.comments, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.approved_by, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.rejected_by, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.assigned_to, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.approval_criteria, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.reference_data, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.reassignment_history, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.static_attributes, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.requested_target, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// Criteria that needs to be met for an approval or rejection
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ApprovalApprovalCriteria {
    /// Type of approval criteria, such as SERIAL or PARALLEL
    pub r#type: Option<String>,
    /// Criteria for approval
    pub approval: Option<crate::ApprovalApprovalCriteriaApproval>,
    /// Criteria for rejection
    pub rejection: Option<crate::ApprovalApprovalCriteriaRejection>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl ApprovalApprovalCriteria {
    /// Builds a `ApprovalApprovalCriteria` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(ApprovalApprovalCriteria {
    r#type: optional::<String>(r#type),
    approval: optional::<crate::ApprovalApprovalCriteriaApproval>(approval),
    rejection: optional::<crate::ApprovalApprovalCriteriaRejection>(rejection),
});
crate::serde_helpers::serde_struct!(ApprovalApprovalCriteria {
    r#type: optional("type"),
    approval: optional("approval"),
    rejection: optional("rejection"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for ApprovalApprovalCriteria {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.approval, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.rejection, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// Criteria for approval
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ApprovalApprovalCriteriaApproval {
    /// This defines what the field "value" will be used as, either a count or percentage of the total approvers that need to approve
    pub calculation_type: Option<crate::ApprovalApprovalCriteriaApprovalCalculationType>,
    /// The value that needs to be met for the approval criteria
    pub value: Option<i64>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl ApprovalApprovalCriteriaApproval {
    /// Builds a `ApprovalApprovalCriteriaApproval` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(ApprovalApprovalCriteriaApproval {
    calculation_type: optional::<crate::ApprovalApprovalCriteriaApprovalCalculationType>(calculation_type),
    value: optional::<i64>(value),
});
crate::serde_helpers::serde_struct!(ApprovalApprovalCriteriaApproval {
    calculation_type: optional("calculationType"),
    value: optional("value"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for ApprovalApprovalCriteriaApproval {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.calculation_type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// This defines what the field "value" will be used as, either a count or percentage of the total approvers that need to approve
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ApprovalApprovalCriteriaApprovalCalculationType {
    /// `COUNT`
    Count,
    /// `PERCENT`
    Percent,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl ApprovalApprovalCriteriaApprovalCalculationType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Count => "COUNT",
            Self::Percent => "PERCENT",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for ApprovalApprovalCriteriaApprovalCalculationType {
    fn from(value: &str) -> Self {
        match value {
            "COUNT" => Self::Count,
            "PERCENT" => Self::Percent,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(ApprovalApprovalCriteriaApprovalCalculationType);
/// Criteria for rejection
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ApprovalApprovalCriteriaRejection {
    /// This defines what the field "value" will be used as, either a count or percentage of the total approvers that need to reject
    pub calculation_type: Option<
        crate::ApprovalApprovalCriteriaRejectionCalculationType,
    >,
    /// The value that needs to be met for the rejection criteria
    pub value: Option<i64>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl ApprovalApprovalCriteriaRejection {
    /// Builds a `ApprovalApprovalCriteriaRejection` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(ApprovalApprovalCriteriaRejection {
    calculation_type: optional::<crate::ApprovalApprovalCriteriaRejectionCalculationType>(calculation_type),
    value: optional::<i64>(value),
});
crate::serde_helpers::serde_struct!(ApprovalApprovalCriteriaRejection {
    calculation_type: optional("calculationType"),
    value: optional("value"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for ApprovalApprovalCriteriaRejection {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.calculation_type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// This defines what the field "value" will be used as, either a count or percentage of the total approvers that need to reject
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ApprovalApprovalCriteriaRejectionCalculationType {
    /// `COUNT`
    Count,
    /// `PERCENT`
    Percent,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl ApprovalApprovalCriteriaRejectionCalculationType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Count => "COUNT",
            Self::Percent => "PERCENT",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for ApprovalApprovalCriteriaRejectionCalculationType {
    fn from(value: &str) -> Self {
        match value {
            "COUNT" => Self::Count,
            "PERCENT" => Self::Percent,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(ApprovalApprovalCriteriaRejectionCalculationType);
/// Signifies what medium to use when sending notifications (currently only email is utilized)
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ApprovalMedium {
    /// `EMAIL`
    Email,
    /// `SLACK`
    Slack,
    /// `TEAMS`
    Teams,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl ApprovalMedium {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Email => "EMAIL",
            Self::Slack => "SLACK",
            Self::Teams => "TEAMS",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for ApprovalMedium {
    fn from(value: &str) -> Self {
        match value {
            "EMAIL" => Self::Email,
            "SLACK" => Self::Slack,
            "TEAMS" => Self::Teams,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(ApprovalMedium);
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
