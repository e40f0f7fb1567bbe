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
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl CompletedApproval {
    /// Builds a `CompletedApproval` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `id`.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
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
    /// Sets `request_created`.
    pub fn request_created(
        mut self,
        value: impl Into<crate::primitives::DateTime>,
    ) -> Self {
        self.request_created = Some(value.into());
        self
    }
    /// Sets `request_type`.
    pub fn request_type(mut self, value: impl Into<crate::AccessRequestType>) -> Self {
        self.request_type = Some(Some(value.into()));
        self
    }
    /// Sets `request_type` to an explicit `null`.
    pub fn request_type_null(mut self) -> Self {
        self.request_type = Some(None);
        self
    }
    /// Sets `requester`.
    pub fn requester(mut self, value: impl Into<crate::AccessItemRequester>) -> Self {
        self.requester = Some(value.into());
        self
    }
    /// Sets `requested_for`.
    pub fn requested_for(
        mut self,
        value: impl Into<crate::CompletedApprovalRequestedFor>,
    ) -> Self {
        self.requested_for = Some(value.into());
        self
    }
    /// Sets `reviewed_by`.
    pub fn reviewed_by(mut self, value: impl Into<crate::AccessItemReviewedBy>) -> Self {
        self.reviewed_by = Some(value.into());
        self
    }
    /// Sets `owner`.
    pub fn owner(mut self, value: impl Into<crate::OwnerDto>) -> Self {
        self.owner = Some(value.into());
        self
    }
    /// Sets `requested_object`.
    pub fn requested_object(
        mut self,
        value: impl Into<crate::RequestableObjectReference>,
    ) -> Self {
        self.requested_object = Some(value.into());
        self
    }
    /// Sets `requester_comment`.
    pub fn requester_comment(mut self, value: impl Into<crate::CommentDto>) -> Self {
        self.requester_comment = Some(value.into());
        self
    }
    /// Sets `reviewer_comment`.
    pub fn reviewer_comment(mut self, value: impl Into<crate::CommentDto>) -> Self {
        self.reviewer_comment = Some(Some(value.into()));
        self
    }
    /// Sets `reviewer_comment` to an explicit `null`.
    pub fn reviewer_comment_null(mut self) -> Self {
        self.reviewer_comment = Some(None);
        self
    }
    /// Sets `previous_reviewers_comments`.
    pub fn previous_reviewers_comments(
        mut self,
        value: impl Into<Vec<crate::CommentDto>>,
    ) -> Self {
        self.previous_reviewers_comments = Some(value.into());
        self
    }
    /// Sets `forward_history`.
    pub fn forward_history(
        mut self,
        value: impl Into<Vec<crate::ApprovalForwardHistory>>,
    ) -> Self {
        self.forward_history = Some(value.into());
        self
    }
    /// Sets `comment_required_when_rejected`.
    pub fn comment_required_when_rejected(mut self, value: impl Into<bool>) -> Self {
        self.comment_required_when_rejected = Some(value.into());
        self
    }
    /// Sets `state`.
    pub fn state(mut self, value: impl Into<crate::CompletedApprovalState>) -> Self {
        self.state = Some(value.into());
        self
    }
    /// Sets `remove_date`.
    pub fn remove_date(mut self, value: impl Into<crate::primitives::DateTime>) -> Self {
        self.remove_date = Some(Some(value.into()));
        self
    }
    /// Sets `remove_date` to an explicit `null`.
    pub fn remove_date_null(mut self) -> Self {
        self.remove_date = Some(None);
        self
    }
    /// Sets `remove_date_update_requested`.
    pub fn remove_date_update_requested(mut self, value: impl Into<bool>) -> Self {
        self.remove_date_update_requested = Some(value.into());
        self
    }
    /// Sets `current_remove_date`.
    pub fn current_remove_date(
        mut self,
        value: impl Into<crate::primitives::DateTime>,
    ) -> Self {
        self.current_remove_date = Some(Some(value.into()));
        self
    }
    /// Sets `current_remove_date` to an explicit `null`.
    pub fn current_remove_date_null(mut self) -> Self {
        self.current_remove_date = Some(None);
        self
    }
    /// Sets `start_date`.
    pub fn start_date(mut self, value: impl Into<crate::primitives::DateTime>) -> Self {
        self.start_date = Some(value.into());
        self
    }
    /// Sets `start_update_requested`.
    pub fn start_update_requested(mut self, value: impl Into<bool>) -> Self {
        self.start_update_requested = Some(value.into());
        self
    }
    /// Sets `current_start_date`.
    pub fn current_start_date(
        mut self,
        value: impl Into<crate::primitives::DateTime>,
    ) -> Self {
        self.current_start_date = Some(value.into());
        self
    }
    /// Sets `sod_violation_context`.
    pub fn sod_violation_context(
        mut self,
        value: impl Into<crate::SodViolationContextCheckCompleted>,
    ) -> Self {
        self.sod_violation_context = Some(Some(value.into()));
        self
    }
    /// Sets `sod_violation_context` to an explicit `null`.
    pub fn sod_violation_context_null(mut self) -> Self {
        self.sod_violation_context = Some(None);
        self
    }
    /// Sets `pre_approval_trigger_result`.
    pub fn pre_approval_trigger_result(
        mut self,
        value: impl Into<crate::CompletedApprovalPreApprovalTriggerResult>,
    ) -> Self {
        self.pre_approval_trigger_result = Some(Some(value.into()));
        self
    }
    /// Sets `pre_approval_trigger_result` to an explicit `null`.
    pub fn pre_approval_trigger_result_null(mut self) -> Self {
        self.pre_approval_trigger_result = Some(None);
        self
    }
    /// Sets `client_metadata`.
    pub fn client_metadata(
        mut self,
        value: impl Into<::indexmap::IndexMap<String, String>>,
    ) -> Self {
        self.client_metadata = Some(value.into());
        self
    }
    /// Sets `requested_accounts`.
    pub fn requested_accounts(
        mut self,
        value: impl Into<Vec<crate::RequestedAccountRef>>,
    ) -> Self {
        self.requested_accounts = Some(Some(value.into()));
        self
    }
    /// Sets `requested_accounts` to an explicit `null`.
    pub fn requested_accounts_null(mut self) -> Self {
        self.requested_accounts = Some(None);
        self
    }
    /// Sets `privilege_level`.
    pub fn privilege_level(mut self, value: impl Into<String>) -> Self {
        self.privilege_level = Some(Some(value.into()));
        self
    }
    /// Sets `privilege_level` to an explicit `null`.
    pub fn privilege_level_null(mut self) -> Self {
        self.privilege_level = Some(None);
        self
    }
    /// Sets `max_permitted_access_duration`.
    pub fn max_permitted_access_duration(
        mut self,
        value: impl Into<crate::CompletedApprovalMaxPermittedAccessDuration>,
    ) -> Self {
        self.max_permitted_access_duration = Some(Some(value.into()));
        self
    }
    /// Sets `max_permitted_access_duration` to an explicit `null`.
    pub fn max_permitted_access_duration_null(mut self) -> Self {
        self.max_permitted_access_duration = Some(None);
        self
    }
}
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
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl CompletedApprovalMaxPermittedAccessDuration {
    /// Builds a `CompletedApprovalMaxPermittedAccessDuration` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `value`.
    pub fn value(mut self, value: impl Into<i32>) -> Self {
        self.value = Some(value.into());
        self
    }
    /// Sets `time_unit`.
    pub fn time_unit(
        mut self,
        value: impl Into<crate::CompletedApprovalMaxPermittedAccessDurationTimeUnit>,
    ) -> Self {
        self.time_unit = Some(value.into());
        self
    }
}
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
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl CompletedApprovalPreApprovalTriggerResult {
    /// Builds a `CompletedApprovalPreApprovalTriggerResult` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `comment`.
    pub fn comment(mut self, value: impl Into<String>) -> Self {
        self.comment = Some(value.into());
        self
    }
    /// Sets `decision`.
    pub fn decision(mut self, value: impl Into<crate::CompletedApprovalState>) -> Self {
        self.decision = Some(value.into());
        self
    }
    /// Sets `reviewer`.
    pub fn reviewer(mut self, value: impl Into<String>) -> Self {
        self.reviewer = Some(value.into());
        self
    }
    /// Sets `date`.
    pub fn date(mut self, value: impl Into<crate::primitives::DateTime>) -> Self {
        self.date = Some(value.into());
        self
    }
}
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
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl CompletedApprovalRequestedFor {
    /// Builds a `CompletedApprovalRequestedFor` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `type`.
    pub fn r#type(
        mut self,
        value: impl Into<crate::CompletedApprovalRequestedForType>,
    ) -> Self {
        self.r#type = Some(value.into());
        self
    }
    /// Sets `id`.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
}
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
