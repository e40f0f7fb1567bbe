#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct CompletedApproval {
    /// The approval id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The name of the approval.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// When the approval was created.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created: Option<crate::primitives::DateTime>,
    /// When the approval was modified last time.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub modified: Option<crate::primitives::DateTime>,
    /// When the access-request was created.
    #[serde(rename = "requestCreated", default, skip_serializing_if = "Option::is_none")]
    pub request_created: Option<crate::primitives::DateTime>,
    /// If the access-request was for granting or revoking access.
    #[serde(
        rename = "requestType",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub request_type: Option<Option<crate::AccessRequestType>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub requester: Option<crate::AccessItemRequester>,
    /// Identity access was requested for.
    #[serde(rename = "requestedFor", default, skip_serializing_if = "Option::is_none")]
    pub requested_for: Option<crate::CompletedApprovalRequestedFor>,
    #[serde(rename = "reviewedBy", default, skip_serializing_if = "Option::is_none")]
    pub reviewed_by: Option<crate::AccessItemReviewedBy>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner: Option<crate::OwnerDto>,
    /// The requested access item.
    #[serde(
        rename = "requestedObject",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub requested_object: Option<crate::RequestableObjectReference>,
    #[serde(
        rename = "requesterComment",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub requester_comment: Option<crate::CommentDto>,
    #[serde(
        rename = "reviewerComment",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub reviewer_comment: Option<Option<crate::CommentDto>>,
    /// The history of the previous reviewers comments.
    #[serde(
        rename = "previousReviewersComments",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub previous_reviewers_comments: Option<Vec<crate::CommentDto>>,
    /// The history of approval forward action.
    #[serde(rename = "forwardHistory", default, skip_serializing_if = "Option::is_none")]
    pub forward_history: Option<Vec<crate::ApprovalForwardHistory>>,
    /// When true the rejector has to provide comments when rejecting
    #[serde(
        rename = "commentRequiredWhenRejected",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub comment_required_when_rejected: Option<bool>,
    /// The final state of the approval
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub state: Option<crate::CompletedApprovalState>,
    /// The date the role or access profile or entitlement is no longer assigned to the specified identity.
    #[serde(
        rename = "removeDate",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub remove_date: Option<Option<crate::primitives::DateTime>>,
    /// If true, then the request was to change the remove date or sunset date.
    #[serde(
        rename = "removeDateUpdateRequested",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub remove_date_update_requested: Option<bool>,
    /// The remove date or sunset date that was assigned at the time of the request.
    #[serde(
        rename = "currentRemoveDate",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub current_remove_date: Option<Option<crate::primitives::DateTime>>,
    /// The date the role or access profile or entitlement is/will assigned to the specified identity.
    #[serde(rename = "startDate", default, skip_serializing_if = "Option::is_none")]
    pub start_date: Option<crate::primitives::DateTime>,
    /// If true, then the request is to change the start date or sunrise date.
    #[serde(
        rename = "startUpdateRequested",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub start_update_requested: Option<bool>,
    /// The start date or sunrise date that was assigned at the time of the request.
    #[serde(
        rename = "currentStartDate",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub current_start_date: Option<crate::primitives::DateTime>,
    /// The details of the SOD violations for the associated approval.
    #[serde(
        rename = "sodViolationContext",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub sod_violation_context: Option<Option<crate::SodViolationContextCheckCompleted>>,
    /// If the access request submitted event trigger is configured and this access request was intercepted by it, then this is the result of the trigger's decision to either approve or deny the request.
    #[serde(
        rename = "preApprovalTriggerResult",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub pre_approval_trigger_result: Option<
        Option<crate::CompletedApprovalPreApprovalTriggerResult>,
    >,
    /// Arbitrary key-value pairs provided during the request.
    #[serde(rename = "clientMetadata", default, skip_serializing_if = "Option::is_none")]
    pub client_metadata: Option<::indexmap::IndexMap<String, String>>,
    /// The accounts selected by the user for the access to be provisioned on, in case they have multiple accounts on one or more sources.
    #[serde(
        rename = "requestedAccounts",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub requested_accounts: Option<Option<Vec<crate::RequestedAccountRef>>>,
    /// The privilege level of the requested access item, if applicable.
    #[serde(
        rename = "privilegeLevel",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub privilege_level: Option<Option<String>>,
    /// The maximum duration for which the access is permitted.
    #[serde(
        rename = "maxPermittedAccessDuration",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub max_permitted_access_duration: Option<
        Option<crate::CompletedApprovalMaxPermittedAccessDuration>,
    >,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl CompletedApproval {
    /// Builds a `CompletedApproval` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
impl crate::serde_helpers::SchemaFit for CompletedApproval {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.request_type, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.requester, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.requested_for, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.reviewed_by, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.owner, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.requested_object, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.requester_comment, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.reviewer_comment, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.previous_reviewers_comments, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.forward_history, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.state, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.sod_violation_context, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.pre_approval_trigger_result, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.client_metadata, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.requested_accounts, fit);
        crate::serde_helpers::SchemaFit::add_fit(
            &self.max_permitted_access_duration,
            fit,
        );
        fit.undeclared += self.additional_properties.len();
    }
}
/// The maximum duration for which the access is permitted.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct CompletedApprovalMaxPermittedAccessDuration {
    /// The numeric value of the duration.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<i32>,
    /// The time unit for the duration.
    #[serde(rename = "timeUnit", default, skip_serializing_if = "Option::is_none")]
    pub time_unit: Option<crate::CompletedApprovalMaxPermittedAccessDurationTimeUnit>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl CompletedApprovalMaxPermittedAccessDuration {
    /// Builds a `CompletedApprovalMaxPermittedAccessDuration` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
impl crate::serde_helpers::SchemaFit for CompletedApprovalMaxPermittedAccessDuration {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.time_unit, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// The time unit for the duration.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum CompletedApprovalMaxPermittedAccessDurationTimeUnit {
    /// `HOURS`
    Hours,
    /// `DAYS`
    Days,
    /// `WEEKS`
    Weeks,
    /// `MONTHS`
    Months,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl CompletedApprovalMaxPermittedAccessDurationTimeUnit {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Hours => "HOURS",
            Self::Days => "DAYS",
            Self::Weeks => "WEEKS",
            Self::Months => "MONTHS",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for CompletedApprovalMaxPermittedAccessDurationTimeUnit {
    fn from(value: &str) -> Self {
        match value {
            "HOURS" => Self::Hours,
            "DAYS" => Self::Days,
            "WEEKS" => Self::Weeks,
            "MONTHS" => Self::Months,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(CompletedApprovalMaxPermittedAccessDurationTimeUnit);
/// If the access request submitted event trigger is configured and this access request was intercepted by it, then this is the result of the trigger's decision to either approve or deny the request.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct CompletedApprovalPreApprovalTriggerResult {
    /// The comment from the trigger
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub comment: Option<String>,
    /// The approval decision of the trigger
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub decision: Option<crate::CompletedApprovalState>,
    /// The name of the approver
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reviewer: Option<String>,
    /// The date and time the trigger decided on the request
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<crate::primitives::DateTime>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl CompletedApprovalPreApprovalTriggerResult {
    /// Builds a `CompletedApprovalPreApprovalTriggerResult` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
impl crate::serde_helpers::SchemaFit for CompletedApprovalPreApprovalTriggerResult {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.decision, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// Identity access was requested for.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct CompletedApprovalRequestedFor {
    /// Type of the object to which this reference applies
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<crate::CompletedApprovalRequestedForType>,
    /// ID of the object to which this reference applies
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Human-readable display name of the object to which this reference applies
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl CompletedApprovalRequestedFor {
    /// Builds a `CompletedApprovalRequestedFor` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
impl crate::serde_helpers::SchemaFit for CompletedApprovalRequestedFor {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// Type of the object to which this reference applies
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum CompletedApprovalRequestedForType {
    /// `IDENTITY`
    Identity,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl CompletedApprovalRequestedForType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Identity => "IDENTITY",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for CompletedApprovalRequestedForType {
    fn from(value: &str) -> Self {
        match value {
            "IDENTITY" => Self::Identity,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(CompletedApprovalRequestedForType);
