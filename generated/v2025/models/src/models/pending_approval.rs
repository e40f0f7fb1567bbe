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
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl PendingApproval {
    /// Builds a `PendingApproval` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(PendingApproval {
    id: optional::<String>(id),
    access_request_id: optional::<String>(access_request_id),
    name: optional::<String>(name),
    created: optional::<crate::primitives::DateTime>(created),
    modified: optional::<crate::primitives::DateTime>(modified),
    request_created: optional::<crate::primitives::DateTime>(request_created),
    request_type: nullable::<crate::AccessRequestType>(request_type, request_type_null),
    requester: optional::<crate::AccessItemRequester>(requester),
    requested_for: optional::<crate::AccessItemRequestedFor>(requested_for),
    owner: optional::<crate::PendingApprovalOwner>(owner),
    requested_object: optional::<crate::RequestableObjectReference>(requested_object),
    requester_comment: optional::<crate::CommentDto>(requester_comment),
    previous_reviewers_comments: optional::<Vec<crate::CommentDto>>(previous_reviewers_comments),
    forward_history: optional::<Vec<crate::ApprovalForwardHistory>>(forward_history),
    comment_required_when_rejected: optional::<bool>(comment_required_when_rejected),
    action_in_process: optional::<crate::PendingApprovalAction>(action_in_process),
    remove_date: optional::<crate::primitives::DateTime>(remove_date),
    remove_date_update_requested: optional::<bool>(remove_date_update_requested),
    current_remove_date: optional::<crate::primitives::DateTime>(current_remove_date),
    start_date: optional::<crate::primitives::DateTime>(start_date),
    start_update_requested: optional::<bool>(start_update_requested),
    current_start_date: optional::<crate::primitives::DateTime>(current_start_date),
    sod_violation_context: nullable::<crate::SodViolationContextCheckCompleted>(sod_violation_context, sod_violation_context_null),
    client_metadata: nullable::<::indexmap::IndexMap<String, String>>(client_metadata, client_metadata_null),
    requested_accounts: nullable::<Vec<crate::RequestedAccountRef>>(requested_accounts, requested_accounts_null),
    privilege_level: nullable::<String>(privilege_level, privilege_level_null),
    max_permitted_access_duration: nullable::<crate::PendingApprovalMaxPermittedAccessDuration>(max_permitted_access_duration, max_permitted_access_duration_null),
});
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
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl PendingApprovalMaxPermittedAccessDuration {
    /// Builds a `PendingApprovalMaxPermittedAccessDuration` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(PendingApprovalMaxPermittedAccessDuration {
    value: optional::<i32>(value),
    time_unit: optional::<crate::PendingApprovalMaxPermittedAccessDurationTimeUnit>(time_unit),
});
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
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl PendingApprovalOwner {
    /// Builds a `PendingApprovalOwner` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(PendingApprovalOwner {
    r#type: optional::<crate::PendingApprovalOwnerType>(r#type),
    id: optional::<String>(id),
    name: optional::<String>(name),
});
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
