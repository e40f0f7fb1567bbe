#[derive(Debug, Clone, PartialEq, Default)]
pub struct CompletedApproval {
    /// The approval id.
    pub id: Option<String>,
    /// The name of the approval.
    pub name: Option<String>,
    /// When the approval was created.
    pub created: Option<crate::primitives::DateTime>,
    /// When the approval was modified last time.
    pub modified: Option<crate::primitives::DateTime>,
    /// When the access-request was created.
    pub request_created: Option<crate::primitives::DateTime>,
    /// If the access-request was for granting or revoking access.
    pub request_type: Option<Option<crate::AccessRequestType>>,
    pub requester: Option<crate::AccessItemRequester>,
    /// Identity access was requested for.
    pub requested_for: Option<crate::CompletedApprovalRequestedFor>,
    pub reviewed_by: Option<crate::AccessItemReviewedBy>,
    pub owner: Option<crate::OwnerDto>,
    /// The requested access item.
    pub requested_object: Option<crate::RequestableObjectReference>,
    pub requester_comment: Option<crate::CommentDto>,
    pub reviewer_comment: Option<Option<crate::CommentDto>>,
    /// The history of the previous reviewers comments.
    pub previous_reviewers_comments: Option<Vec<crate::CommentDto>>,
    /// The history of approval forward action.
    pub forward_history: Option<Vec<crate::ApprovalForwardHistory>>,
    /// When true the rejector has to provide comments when rejecting
    pub comment_required_when_rejected: Option<bool>,
    /// The final state of the approval
    pub state: Option<crate::CompletedApprovalState>,
    /// The date the role or access profile or entitlement is no longer assigned to the specified identity.
    pub remove_date: Option<Option<crate::primitives::DateTime>>,
    /// If true, then the request was to change the remove date or sunset date.
    pub remove_date_update_requested: Option<bool>,
    /// The remove date or sunset date that was assigned at the time of the request.
    pub current_remove_date: Option<Option<crate::primitives::DateTime>>,
    /// The date the role or access profile or entitlement is/will assigned to the specified identity.
    pub start_date: Option<crate::primitives::DateTime>,
    /// If true, then the request is to change the start date or sunrise date.
    pub start_update_requested: Option<bool>,
    /// The start date or sunrise date that was assigned at the time of the request.
    pub current_start_date: Option<crate::primitives::DateTime>,
    /// The details of the SOD violations for the associated approval.
    pub sod_violation_context: Option<Option<crate::SodViolationContextCheckCompleted>>,
    /// If the access request submitted event trigger is configured and this access request was intercepted by it, then this is the result of the trigger's decision to either approve or deny the request.
    pub pre_approval_trigger_result: Option<
        Option<crate::CompletedApprovalPreApprovalTriggerResult>,
    >,
    /// Arbitrary key-value pairs provided during the request.
    pub client_metadata: Option<::indexmap::IndexMap<String, String>>,
    /// The accounts selected by the user for the access to be provisioned on, in case they have multiple accounts on one or more sources.
    pub requested_accounts: Option<Option<Vec<crate::RequestedAccountRef>>>,
    /// The privilege level of the requested access item, if applicable.
    pub privilege_level: Option<Option<String>>,
    /// The maximum duration for which the access is permitted.
    pub max_permitted_access_duration: Option<
        Option<crate::CompletedApprovalMaxPermittedAccessDuration>,
    >,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl CompletedApproval {
    /// Builds a `CompletedApproval` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(CompletedApproval {
    id: optional::<String>(id),
    name: optional::<String>(name),
    created: optional::<crate::primitives::DateTime>(created),
    modified: optional::<crate::primitives::DateTime>(modified),
    request_created: optional::<crate::primitives::DateTime>(request_created),
    request_type: nullable::<crate::AccessRequestType>(request_type, request_type_null),
    requester: optional::<crate::AccessItemRequester>(requester),
    requested_for: optional::<crate::CompletedApprovalRequestedFor>(requested_for),
    reviewed_by: optional::<crate::AccessItemReviewedBy>(reviewed_by),
    owner: optional::<crate::OwnerDto>(owner),
    requested_object: optional::<crate::RequestableObjectReference>(requested_object),
    requester_comment: optional::<crate::CommentDto>(requester_comment),
    reviewer_comment: nullable::<crate::CommentDto>(reviewer_comment, reviewer_comment_null),
    previous_reviewers_comments: optional::<Vec<crate::CommentDto>>(previous_reviewers_comments),
    forward_history: optional::<Vec<crate::ApprovalForwardHistory>>(forward_history),
    comment_required_when_rejected: optional::<bool>(comment_required_when_rejected),
    state: optional::<crate::CompletedApprovalState>(state),
    remove_date: nullable::<crate::primitives::DateTime>(remove_date, remove_date_null),
    remove_date_update_requested: optional::<bool>(remove_date_update_requested),
    current_remove_date: nullable::<crate::primitives::DateTime>(current_remove_date, current_remove_date_null),
    start_date: optional::<crate::primitives::DateTime>(start_date),
    start_update_requested: optional::<bool>(start_update_requested),
    current_start_date: optional::<crate::primitives::DateTime>(current_start_date),
    sod_violation_context: nullable::<crate::SodViolationContextCheckCompleted>(sod_violation_context, sod_violation_context_null),
    pre_approval_trigger_result: nullable::<crate::CompletedApprovalPreApprovalTriggerResult>(pre_approval_trigger_result, pre_approval_trigger_result_null),
    client_metadata: optional::<::indexmap::IndexMap<String, String>>(client_metadata),
    requested_accounts: nullable::<Vec<crate::RequestedAccountRef>>(requested_accounts, requested_accounts_null),
    privilege_level: nullable::<String>(privilege_level, privilege_level_null),
    max_permitted_access_duration: nullable::<crate::CompletedApprovalMaxPermittedAccessDuration>(max_permitted_access_duration, max_permitted_access_duration_null),
});
crate::serde_helpers::serde_struct!(CompletedApproval {
    id: optional("id"),
    name: optional("name"),
    created: optional("created"),
    modified: optional("modified"),
    request_created: optional("requestCreated"),
    request_type: nullable("requestType"),
    requester: optional("requester"),
    requested_for: optional("requestedFor"),
    reviewed_by: optional("reviewedBy"),
    owner: optional("owner"),
    requested_object: optional("requestedObject"),
    requester_comment: optional("requesterComment"),
    reviewer_comment: nullable("reviewerComment"),
    previous_reviewers_comments: optional("previousReviewersComments"),
    forward_history: optional("forwardHistory"),
    comment_required_when_rejected: optional("commentRequiredWhenRejected"),
    state: optional("state"),
    remove_date: nullable("removeDate"),
    remove_date_update_requested: optional("removeDateUpdateRequested"),
    current_remove_date: nullable("currentRemoveDate"),
    start_date: optional("startDate"),
    start_update_requested: optional("startUpdateRequested"),
    current_start_date: optional("currentStartDate"),
    sod_violation_context: nullable("sodViolationContext"),
    pre_approval_trigger_result: nullable("preApprovalTriggerResult"),
    client_metadata: optional("clientMetadata"),
    requested_accounts: nullable("requestedAccounts"),
    privilege_level: nullable("privilegeLevel"),
    max_permitted_access_duration: nullable("maxPermittedAccessDuration"),
    ..additional_properties
});
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
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CompletedApprovalMaxPermittedAccessDuration {
    /// The numeric value of the duration.
    pub value: Option<i32>,
    /// The time unit for the duration.
    pub time_unit: Option<crate::CompletedApprovalMaxPermittedAccessDurationTimeUnit>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl CompletedApprovalMaxPermittedAccessDuration {
    /// Builds a `CompletedApprovalMaxPermittedAccessDuration` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(CompletedApprovalMaxPermittedAccessDuration {
    value: optional::<i32>(value),
    time_unit: optional::<crate::CompletedApprovalMaxPermittedAccessDurationTimeUnit>(time_unit),
});
crate::serde_helpers::serde_struct!(CompletedApprovalMaxPermittedAccessDuration {
    value: optional("value"),
    time_unit: optional("timeUnit"),
    ..additional_properties
});
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
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CompletedApprovalPreApprovalTriggerResult {
    /// The comment from the trigger
    pub comment: Option<String>,
    /// The approval decision of the trigger
    pub decision: Option<crate::CompletedApprovalState>,
    /// The name of the approver
    pub reviewer: Option<String>,
    /// The date and time the trigger decided on the request
    pub date: Option<crate::primitives::DateTime>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl CompletedApprovalPreApprovalTriggerResult {
    /// Builds a `CompletedApprovalPreApprovalTriggerResult` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(CompletedApprovalPreApprovalTriggerResult {
    comment: optional::<String>(comment),
    decision: optional::<crate::CompletedApprovalState>(decision),
    reviewer: optional::<String>(reviewer),
    date: optional::<crate::primitives::DateTime>(date),
});
crate::serde_helpers::serde_struct!(CompletedApprovalPreApprovalTriggerResult {
    comment: optional("comment"),
    decision: optional("decision"),
    reviewer: optional("reviewer"),
    date: optional("date"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for CompletedApprovalPreApprovalTriggerResult {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.decision, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// Identity access was requested for.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CompletedApprovalRequestedFor {
    /// Type of the object to which this reference applies
    pub r#type: Option<crate::CompletedApprovalRequestedForType>,
    /// ID of the object to which this reference applies
    pub id: Option<String>,
    /// Human-readable display name of the object to which this reference applies
    pub name: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl CompletedApprovalRequestedFor {
    /// Builds a `CompletedApprovalRequestedFor` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(CompletedApprovalRequestedFor {
    r#type: optional::<crate::CompletedApprovalRequestedForType>(r#type),
    id: optional::<String>(id),
    name: optional::<String>(name),
});
crate::serde_helpers::serde_struct!(CompletedApprovalRequestedFor {
    r#type: optional("type"),
    id: optional("id"),
    name: optional("name"),
    ..additional_properties
});
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
