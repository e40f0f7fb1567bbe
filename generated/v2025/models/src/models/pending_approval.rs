#[derive(Debug, Clone, PartialEq, Default)]
pub struct PendingApproval {
    /// The approval id.
    pub id: Option<String>,
    /// This is the access request id.
    pub access_request_id: Option<String>,
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
    pub requested_for: Option<crate::AccessItemRequestedFor>,
    /// Access item owner's identity.
    pub owner: Option<crate::PendingApprovalOwner>,
    /// The requested access item.
    pub requested_object: Option<crate::RequestableObjectReference>,
    /// The requester's comment.
    pub requester_comment: Option<crate::CommentDto>,
    /// The history of the previous reviewers comments.
    pub previous_reviewers_comments: Option<Vec<crate::CommentDto>>,
    /// The history of approval forward action.
    pub forward_history: Option<Vec<crate::ApprovalForwardHistory>>,
    /// When true the rejector has to provide comments when rejecting
    pub comment_required_when_rejected: Option<bool>,
    /// Action that is performed on this approval, and system has not finished performing that action yet.
    pub action_in_process: Option<crate::PendingApprovalAction>,
    /// The date the role or access profile or entitlement is no longer assigned to the specified identity.
    pub remove_date: Option<crate::primitives::DateTime>,
    /// If true, then the request is to change the remove date or sunset date.
    pub remove_date_update_requested: Option<bool>,
    /// The remove date or sunset date that was assigned at the time of the request.
    pub current_remove_date: Option<crate::primitives::DateTime>,
    /// The date the role or access profile or entitlement is/will assigned to the specified identity.
    pub start_date: Option<crate::primitives::DateTime>,
    /// If true, then the request is to change the start date or sunrise date.
    pub start_update_requested: Option<bool>,
    /// The start date or sunrise date that was assigned at the time of the request.
    pub current_start_date: Option<crate::primitives::DateTime>,
    /// The details of the SOD violations for the associated approval.
    pub sod_violation_context: Option<Option<crate::SodViolationContextCheckCompleted>>,
    /// Arbitrary key-value pairs, if any were included in the corresponding access request item
    pub client_metadata: Option<Option<::indexmap::IndexMap<String, String>>>,
    /// The accounts selected by the user for the access to be provisioned on, in case they have multiple accounts on one or more sources.
    pub requested_accounts: Option<Option<Vec<crate::RequestedAccountRef>>>,
    /// The privilege level of the requested access item, if applicable.
    pub privilege_level: Option<Option<String>>,
    /// The maximum duration for which the access is permitted.
    pub max_permitted_access_duration: Option<
        Option<crate::PendingApprovalMaxPermittedAccessDuration>,
    >,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl PendingApproval {
    /// Builds a `PendingApproval` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `id`.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
    /// Sets `access_request_id`.
    pub fn access_request_id(mut self, value: impl Into<String>) -> Self {
        self.access_request_id = Some(value.into());
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
        value: impl Into<crate::AccessItemRequestedFor>,
    ) -> Self {
        self.requested_for = Some(value.into());
        self
    }
    /// Sets `owner`.
    pub fn owner(mut self, value: impl Into<crate::PendingApprovalOwner>) -> Self {
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
    /// Sets `action_in_process`.
    pub fn action_in_process(
        mut self,
        value: impl Into<crate::PendingApprovalAction>,
    ) -> Self {
        self.action_in_process = Some(value.into());
        self
    }
    /// Sets `remove_date`.
    pub fn remove_date(mut self, value: impl Into<crate::primitives::DateTime>) -> Self {
        self.remove_date = Some(value.into());
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
        self.current_remove_date = Some(value.into());
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
    /// Sets `client_metadata`.
    pub fn client_metadata(
        mut self,
        value: impl Into<::indexmap::IndexMap<String, String>>,
    ) -> Self {
        self.client_metadata = Some(Some(value.into()));
        self
    }
    /// Sets `client_metadata` to an explicit `null`.
    pub fn client_metadata_null(mut self) -> Self {
        self.client_metadata = Some(None);
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
        value: impl Into<crate::PendingApprovalMaxPermittedAccessDuration>,
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
crate::serde_helpers::serde_struct!(PendingApproval {
    id: optional("id"),
    access_request_id: optional("accessRequestId"),
    name: optional("name"),
    created: optional("created"),
    modified: optional("modified"),
    request_created: optional("requestCreated"),
    request_type: nullable("requestType"),
    requester: optional("requester"),
    requested_for: optional("requestedFor"),
    owner: optional("owner"),
    requested_object: optional("requestedObject"),
    requester_comment: optional("requesterComment"),
    previous_reviewers_comments: optional("previousReviewersComments"),
    forward_history: optional("forwardHistory"),
    comment_required_when_rejected: optional("commentRequiredWhenRejected"),
    action_in_process: optional("actionInProcess"),
    remove_date: optional("removeDate"),
    remove_date_update_requested: optional("removeDateUpdateRequested"),
    current_remove_date: optional("currentRemoveDate"),
    start_date: optional("startDate"),
    start_update_requested: optional("startUpdateRequested"),
    current_start_date: optional("currentStartDate"),
    sod_violation_context: nullable("sodViolationContext"),
    client_metadata: nullable("clientMetadata"),
    requested_accounts: nullable("requestedAccounts"),
    privilege_level: nullable("privilegeLevel"),
    max_permitted_access_duration: nullable("maxPermittedAccessDuration"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for PendingApproval {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.request_type, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.requester, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.requested_for, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.owner, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.requested_object, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.requester_comment, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.previous_reviewers_comments, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.forward_history, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.action_in_process, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.sod_violation_context, fit);
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
pub struct PendingApprovalMaxPermittedAccessDuration {
    /// The numeric value of the duration.
    pub value: Option<i32>,
    /// The time unit for the duration.
    pub time_unit: Option<crate::PendingApprovalMaxPermittedAccessDurationTimeUnit>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl PendingApprovalMaxPermittedAccessDuration {
    /// Builds a `PendingApprovalMaxPermittedAccessDuration` with every field unset.
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
        value: impl Into<crate::PendingApprovalMaxPermittedAccessDurationTimeUnit>,
    ) -> Self {
        self.time_unit = Some(value.into());
        self
    }
}
crate::serde_helpers::serde_struct!(PendingApprovalMaxPermittedAccessDuration {
    value: optional("value"),
    time_unit: optional("timeUnit"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for PendingApprovalMaxPermittedAccessDuration {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.time_unit, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// The time unit for the duration.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum PendingApprovalMaxPermittedAccessDurationTimeUnit {
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
impl PendingApprovalMaxPermittedAccessDurationTimeUnit {
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
impl From<&str> for PendingApprovalMaxPermittedAccessDurationTimeUnit {
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
crate::serde_helpers::string_enum!(PendingApprovalMaxPermittedAccessDurationTimeUnit);
/// Access item owner's identity.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PendingApprovalOwner {
    /// Access item owner's DTO type.
    pub r#type: Option<crate::PendingApprovalOwnerType>,
    /// Access item owner's identity ID.
    pub id: Option<String>,
    /// Access item owner's human-readable display name.
    pub name: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl PendingApprovalOwner {
    /// Builds a `PendingApprovalOwner` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `type`.
    pub fn r#type(mut self, value: impl Into<crate::PendingApprovalOwnerType>) -> Self {
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
crate::serde_helpers::serde_struct!(PendingApprovalOwner {
    r#type: optional("type"),
    id: optional("id"),
    name: optional("name"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for PendingApprovalOwner {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// Access item owner's DTO type.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum PendingApprovalOwnerType {
    /// `IDENTITY`
    Identity,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl PendingApprovalOwnerType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Identity => "IDENTITY",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for PendingApprovalOwnerType {
    fn from(value: &str) -> Self {
        match value {
            "IDENTITY" => Self::Identity,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(PendingApprovalOwnerType);
