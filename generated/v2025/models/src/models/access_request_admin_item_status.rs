#[derive(Debug, Clone, PartialEq, Default)]
pub struct AccessRequestAdminItemStatus {
    /// ID of the access request. This is a new property as of 2025. Older access requests may not have an ID.
    pub id: Option<Option<String>>,
    /// Human-readable display name of the item being requested.
    pub name: Option<Option<String>>,
    /// Type of requested object.
    pub r#type: Option<Option<crate::AccessRequestAdminItemStatusType>>,
    pub cancelled_request_details: Option<Option<crate::CancelledRequestDetails>>,
    /// List of localized error messages, if any, encountered during the approval/provisioning process.
    pub error_messages: Option<Option<Vec<Vec<crate::ErrorMessageDto>>>>,
    pub state: Option<crate::RequestedItemStatusRequestState>,
    /// Approval details for each item.
    pub approval_details: Option<Vec<crate::ApprovalStatusDto>>,
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
    pub requested_for: Option<crate::AccessRequestAdminItemStatusRequestedFor>,
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
    /// True if re-auth is required.
    pub reauthorization_required: Option<bool>,
    /// This is the account activity id.
    pub access_request_id: Option<String>,
    /// Arbitrary key-value pairs, if any were included in the corresponding access request
    pub client_metadata: Option<Option<::indexmap::IndexMap<String, String>>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl AccessRequestAdminItemStatus {
    /// Builds a `AccessRequestAdminItemStatus` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(AccessRequestAdminItemStatus {
    id: nullable::<String>(id, id_null),
    name: nullable::<String>(name, name_null),
    r#type: nullable::<crate::AccessRequestAdminItemStatusType>(r#type, type_null),
    cancelled_request_details: nullable::<crate::CancelledRequestDetails>(cancelled_request_details, cancelled_request_details_null),
    error_messages: nullable::<Vec<Vec<crate::ErrorMessageDto>>>(error_messages, error_messages_null),
    state: optional::<crate::RequestedItemStatusRequestState>(state),
    approval_details: optional::<Vec<crate::ApprovalStatusDto>>(approval_details),
    manual_work_item_details: nullable::<Vec<crate::ManualWorkItemDetails>>(manual_work_item_details, manual_work_item_details_null),
    account_activity_item_id: optional::<String>(account_activity_item_id),
    request_type: nullable::<crate::AccessRequestType>(request_type, request_type_null),
    modified: nullable::<crate::primitives::DateTime>(modified, modified_null),
    created: optional::<crate::primitives::DateTime>(created),
    requester: optional::<crate::AccessItemRequester>(requester),
    requested_for: optional::<crate::AccessRequestAdminItemStatusRequestedFor>(requested_for),
    requester_comment: nullable::<crate::CommentDto>(requester_comment, requester_comment_null),
    sod_violation_context: nullable::<crate::SodViolationContextCheckCompleted>(sod_violation_context, sod_violation_context_null),
    provisioning_details: nullable::<crate::ProvisioningDetails>(provisioning_details, provisioning_details_null),
    pre_approval_trigger_details: nullable::<crate::PreApprovalTriggerDetails>(pre_approval_trigger_details, pre_approval_trigger_details_null),
    access_request_phases: nullable::<Vec<crate::AccessRequestPhases>>(access_request_phases, access_request_phases_null),
    description: nullable::<String>(description, description_null),
    start_date: nullable::<crate::primitives::DateTime>(start_date, start_date_null),
    remove_date: nullable::<crate::primitives::DateTime>(remove_date, remove_date_null),
    cancelable: optional::<bool>(cancelable),
    reauthorization_required: optional::<bool>(reauthorization_required),
    access_request_id: optional::<String>(access_request_id),
    client_metadata: nullable::<::indexmap::IndexMap<String, String>>(client_metadata, client_metadata_null),
});
crate::serde_helpers::serde_struct!(AccessRequestAdminItemStatus {
    id: nullable("id"),
    name: nullable("name"),
    r#type: nullable("type"),
    cancelled_request_details: nullable("cancelledRequestDetails"),
    error_messages: nullable("errorMessages"),
    state: optional("state"),
    approval_details: optional("approvalDetails"),
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
    reauthorization_required: optional("reauthorizationRequired"),
    access_request_id: optional("accessRequestId"),
    client_metadata: nullable("clientMetadata"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for AccessRequestAdminItemStatus {
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
        fit.undeclared += self.additional_properties.len();
    }
}
/// Identity access was requested for.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AccessRequestAdminItemStatusRequestedFor {
    /// Type of the object to which this reference applies
    pub r#type: Option<crate::AccessRequestAdminItemStatusRequestedForType>,
    /// ID of the object to which this reference applies
    pub id: Option<String>,
    /// Human-readable display name of the object to which this reference applies
    pub name: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl AccessRequestAdminItemStatusRequestedFor {
    /// Builds a `AccessRequestAdminItemStatusRequestedFor` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(AccessRequestAdminItemStatusRequestedFor {
    r#type: optional::<crate::AccessRequestAdminItemStatusRequestedForType>(r#type),
    id: optional::<String>(id),
    name: optional::<String>(name),
});
crate::serde_helpers::serde_struct!(AccessRequestAdminItemStatusRequestedFor {
    r#type: optional("type"),
    id: optional("id"),
    name: optional("name"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for AccessRequestAdminItemStatusRequestedFor {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// Type of the object to which this reference applies
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum AccessRequestAdminItemStatusRequestedForType {
    /// `IDENTITY`
    Identity,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl AccessRequestAdminItemStatusRequestedForType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Identity => "IDENTITY",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for AccessRequestAdminItemStatusRequestedForType {
    fn from(value: &str) -> Self {
        match value {
            "IDENTITY" => Self::Identity,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(AccessRequestAdminItemStatusRequestedForType);
/// Type of requested object.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum AccessRequestAdminItemStatusType {
    /// `ACCESS_PROFILE`
    AccessProfile,
    /// `ROLE`
    Role,
    /// `ENTITLEMENT`
    Entitlement,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl AccessRequestAdminItemStatusType {
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
impl From<&str> for AccessRequestAdminItemStatusType {
    fn from(value: &str) -> Self {
        match value {
            "ACCESS_PROFILE" => Self::AccessProfile,
            "ROLE" => Self::Role,
            "ENTITLEMENT" => Self::Entitlement,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(AccessRequestAdminItemStatusType);
