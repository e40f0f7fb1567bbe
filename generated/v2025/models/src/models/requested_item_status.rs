#[derive(Debug, Clone, PartialEq, Default)]
pub struct RequestedItemStatus {
    /// The ID of the access request. As of 2025, this is a new property. Older access requests might not have an ID.
    pub id: Option<Option<String>>,
    /// Human-readable display name of the item being requested.
    pub name: Option<Option<String>>,
    /// Type of requested object.
    pub r#type: Option<Option<crate::RequestedItemStatusType>>,
    pub cancelled_request_details: Option<Option<crate::CancelledRequestDetails>>,
    /// List of list of localized error messages, if any, encountered during the approval/provisioning process.
    pub error_messages: Option<Option<Vec<Vec<crate::ErrorMessageDto>>>>,
    pub state: Option<crate::RequestedItemStatusRequestState>,
    /// Approval details for each item.
    pub approval_details: Option<Vec<crate::ApprovalStatusDto>>,
    /// List of approval IDs associated with the request.
    pub approval_ids: Option<Option<Vec<String>>>,
    /// Manual work items created for provisioning the item.
    pub manual_work_item_details: Option<Option<Vec<crate::ManualWorkItemDetails>>>,
    /// Id of associated account activity item.
    pub account_activity_item_id: Option<String>,
    pub request_type: Option<Option<crate::AccessRequestType>>,
    /// When the request was last modified.
    pub modified: Option<Option<crate::primitives::DateTime>>,
    /// When the request was created.
    pub created: Option<crate::primitives::DateTime>,
    pub requester: Option<crate::AccessItemRequester>,
    /// Identity access was requested for.
    pub requested_for: Option<crate::RequestedItemStatusRequestedFor>,
    pub requester_comment: Option<Option<crate::CommentDto>>,
    pub sod_violation_context: Option<Option<crate::SodViolationContextCheckCompleted>>,
    pub provisioning_details: Option<Option<crate::ProvisioningDetails>>,
    pub pre_approval_trigger_details: Option<Option<crate::PreApprovalTriggerDetails>>,
    /// A list of Phases that the Access Request has gone through in order, to help determine the status of the request.
    pub access_request_phases: Option<Option<Vec<crate::AccessRequestPhases>>>,
    /// Description associated to the requested object.
    pub description: Option<Option<String>>,
    /// When the role access is scheduled for provisioning.
    pub start_date: Option<Option<crate::primitives::DateTime>>,
    /// When the role access is scheduled for removal.
    pub remove_date: Option<Option<crate::primitives::DateTime>>,
    /// True if the request can be canceled.
    pub cancelable: Option<bool>,
    /// This is the account activity id.
    pub access_request_id: Option<String>,
    /// Arbitrary key-value pairs, if any were included in the corresponding access request
    pub client_metadata: Option<Option<::indexmap::IndexMap<String, String>>>,
    /// The accounts selected by the user for the access to be provisioned on, in case they have multiple accounts on one or more sources.
    pub requested_accounts: Option<Option<Vec<crate::RequestedAccountRef>>>,
    /// The privilege level of the requested access item, if applicable.
    pub privilege_level: Option<Option<String>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl RequestedItemStatus {
    /// Builds a `RequestedItemStatus` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `id`.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(Some(value.into()));
        self
    }
    /// Sets `id` to an explicit `null`.
    pub fn id_null(mut self) -> Self {
        self.id = Some(None);
        self
    }
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(Some(value.into()));
        self
    }
    /// Sets `name` to an explicit `null`.
    pub fn name_null(mut self) -> Self {
        self.name = Some(None);
        self
    }
    /// Sets `type`.
    pub fn r#type(mut self, value: impl Into<crate::RequestedItemStatusType>) -> Self {
        self.r#type = Some(Some(value.into()));
        self
    }
    /// Sets `type` to an explicit `null`.
    pub fn type_null(mut self) -> Self {
        self.r#type = Some(None);
        self
    }
    /// Sets `cancelled_request_details`.
    pub fn cancelled_request_details(
        mut self,
        value: impl Into<crate::CancelledRequestDetails>,
    ) -> Self {
        self.cancelled_request_details = Some(Some(value.into()));
        self
    }
    /// Sets `cancelled_request_details` to an explicit `null`.
    pub fn cancelled_request_details_null(mut self) -> Self {
        self.cancelled_request_details = Some(None);
        self
    }
    /// Sets `error_messages`.
    pub fn error_messages(
        mut self,
        value: impl Into<Vec<Vec<crate::ErrorMessageDto>>>,
    ) -> Self {
        self.error_messages = Some(Some(value.into()));
        self
    }
    /// Sets `error_messages` to an explicit `null`.
    pub fn error_messages_null(mut self) -> Self {
        self.error_messages = Some(None);
        self
    }
    /// Sets `state`.
    pub fn state(
        mut self,
        value: impl Into<crate::RequestedItemStatusRequestState>,
    ) -> Self {
        self.state = Some(value.into());
        self
    }
    /// Sets `approval_details`.
    pub fn approval_details(
        mut self,
        value: impl Into<Vec<crate::ApprovalStatusDto>>,
    ) -> Self {
        self.approval_details = Some(value.into());
        self
    }
    /// Sets `approval_ids`.
    pub fn approval_ids(mut self, value: impl Into<Vec<String>>) -> Self {
        self.approval_ids = Some(Some(value.into()));
        self
    }
    /// Sets `approval_ids` to an explicit `null`.
    pub fn approval_ids_null(mut self) -> Self {
        self.approval_ids = Some(None);
        self
    }
    /// Sets `manual_work_item_details`.
    pub fn manual_work_item_details(
        mut self,
        value: impl Into<Vec<crate::ManualWorkItemDetails>>,
    ) -> Self {
        self.manual_work_item_details = Some(Some(value.into()));
        self
    }
    /// Sets `manual_work_item_details` to an explicit `null`.
    pub fn manual_work_item_details_null(mut self) -> Self {
        self.manual_work_item_details = Some(None);
        self
    }
    /// Sets `account_activity_item_id`.
    pub fn account_activity_item_id(mut self, value: impl Into<String>) -> Self {
        self.account_activity_item_id = Some(value.into());
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
    /// Sets `modified`.
    pub fn modified(mut self, value: impl Into<crate::primitives::DateTime>) -> Self {
        self.modified = Some(Some(value.into()));
        self
    }
    /// Sets `modified` to an explicit `null`.
    pub fn modified_null(mut self) -> Self {
        self.modified = Some(None);
        self
    }
    /// Sets `created`.
    pub fn created(mut self, value: impl Into<crate::primitives::DateTime>) -> Self {
        self.created = Some(value.into());
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
        value: impl Into<crate::RequestedItemStatusRequestedFor>,
    ) -> Self {
        self.requested_for = Some(value.into());
        self
    }
    /// Sets `requester_comment`.
    pub fn requester_comment(mut self, value: impl Into<crate::CommentDto>) -> Self {
        self.requester_comment = Some(Some(value.into()));
        self
    }
    /// Sets `requester_comment` to an explicit `null`.
    pub fn requester_comment_null(mut self) -> Self {
        self.requester_comment = Some(None);
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
    /// Sets `provisioning_details`.
    pub fn provisioning_details(
        mut self,
        value: impl Into<crate::ProvisioningDetails>,
    ) -> Self {
        self.provisioning_details = Some(Some(value.into()));
        self
    }
    /// Sets `provisioning_details` to an explicit `null`.
    pub fn provisioning_details_null(mut self) -> Self {
        self.provisioning_details = Some(None);
        self
    }
    /// Sets `pre_approval_trigger_details`.
    pub fn pre_approval_trigger_details(
        mut self,
        value: impl Into<crate::PreApprovalTriggerDetails>,
    ) -> Self {
        self.pre_approval_trigger_details = Some(Some(value.into()));
        self
    }
    /// Sets `pre_approval_trigger_details` to an explicit `null`.
    pub fn pre_approval_trigger_details_null(mut self) -> Self {
        self.pre_approval_trigger_details = Some(None);
        self
    }
    /// Sets `access_request_phases`.
    pub fn access_request_phases(
        mut self,
        value: impl Into<Vec<crate::AccessRequestPhases>>,
    ) -> Self {
        self.access_request_phases = Some(Some(value.into()));
        self
    }
    /// Sets `access_request_phases` to an explicit `null`.
    pub fn access_request_phases_null(mut self) -> Self {
        self.access_request_phases = Some(None);
        self
    }
    /// Sets `description`.
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(Some(value.into()));
        self
    }
    /// Sets `description` to an explicit `null`.
    pub fn description_null(mut self) -> Self {
        self.description = Some(None);
        self
    }
    /// Sets `start_date`.
    pub fn start_date(mut self, value: impl Into<crate::primitives::DateTime>) -> Self {
        self.start_date = Some(Some(value.into()));
        self
    }
    /// Sets `start_date` to an explicit `null`.
    pub fn start_date_null(mut self) -> Self {
        self.start_date = Some(None);
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
    /// Sets `cancelable`.
    pub fn cancelable(mut self, value: impl Into<bool>) -> Self {
        self.cancelable = Some(value.into());
        self
    }
    /// Sets `access_request_id`.
    pub fn access_request_id(mut self, value: impl Into<String>) -> Self {
        self.access_request_id = Some(value.into());
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
}
crate::serde_helpers::serde_struct!(RequestedItemStatus {
    id: nullable("id"),
    name: nullable("name"),
    r#type: nullable("type"),
    cancelled_request_details: nullable("cancelledRequestDetails"),
    error_messages: nullable("errorMessages"),
    state: optional("state"),
    approval_details: optional("approvalDetails"),
    approval_ids: nullable("approvalIds"),
    manual_work_item_details: nullable("manualWorkItemDetails"),
    account_activity_item_id: optional("accountActivityItemId"),
    request_type: nullable("requestType"),
    modified: nullable("modified"),
    created: optional("created"),
    requester: optional("requester"),
    requested_for: optional("requestedFor"),
    requester_comment: nullable("requesterComment"),
    sod_violation_context: nullable("sodViolationContext"),
    provisioning_details: nullable("provisioningDetails"),
    pre_approval_trigger_details: nullable("preApprovalTriggerDetails"),
    access_request_phases: nullable("accessRequestPhases"),
    description: nullable("description"),
    start_date: nullable("startDate"),
    remove_date: nullable("removeDate"),
    cancelable: optional("cancelable"),
    access_request_id: optional("accessRequestId"),
    client_metadata: nullable("clientMetadata"),
    requested_accounts: nullable("requestedAccounts"),
    privilege_level: nullable("privilegeLevel"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for RequestedItemStatus {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.cancelled_request_details, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.error_messages, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.state, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.approval_details, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.manual_work_item_details, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.request_type, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.requester, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.requested_for, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.requester_comment, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.sod_violation_context, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.provisioning_details, fit);
        crate::serde_helpers::SchemaFit::add_fit(
            &self.pre_approval_trigger_details,
            fit,
        );
        crate::serde_helpers::SchemaFit::add_fit(&self.access_request_phases, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.client_metadata, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.requested_accounts, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// Identity access was requested for.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RequestedItemStatusRequestedFor {
    /// Type of the object to which this reference applies
    pub r#type: Option<crate::RequestedItemStatusRequestedForType>,
    /// ID of the object to which this reference applies
    pub id: Option<String>,
    /// Human-readable display name of the object to which this reference applies
    pub name: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl RequestedItemStatusRequestedFor {
    /// Builds a `RequestedItemStatusRequestedFor` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `type`.
    pub fn r#type(
        mut self,
        value: impl Into<crate::RequestedItemStatusRequestedForType>,
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
crate::serde_helpers::serde_struct!(RequestedItemStatusRequestedFor {
    r#type: optional("type"),
    id: optional("id"),
    name: optional("name"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for RequestedItemStatusRequestedFor {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// Type of the object to which this reference applies
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum RequestedItemStatusRequestedForType {
    /// `IDENTITY`
    Identity,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl RequestedItemStatusRequestedForType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Identity => "IDENTITY",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for RequestedItemStatusRequestedForType {
    fn from(value: &str) -> Self {
        match value {
            "IDENTITY" => Self::Identity,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(RequestedItemStatusRequestedForType);
/// Type of requested object.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum RequestedItemStatusType {
    /// `ACCESS_PROFILE`
    AccessProfile,
    /// `ROLE`
    Role,
    /// `ENTITLEMENT`
    Entitlement,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl RequestedItemStatusType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AccessProfile => "ACCESS_PROFILE",
            Self::Role => "ROLE",
            Self::Entitlement => "ENTITLEMENT",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for RequestedItemStatusType {
    fn from(value: &str) -> Self {
        match value {
            "ACCESS_PROFILE" => Self::AccessProfile,
            "ROLE" => Self::Role,
            "ENTITLEMENT" => Self::Entitlement,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(RequestedItemStatusType);
