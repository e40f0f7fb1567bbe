#[derive(Debug, Clone, PartialEq)]
pub struct AccessRequestPostApproval {
    /// The unique ID of the access request.
    pub access_request_id: String,
    /// Identities access was requested for.
    pub requested_for: Vec<crate::AccessItemRequestedForDto>,
    /// Details on the outcome of each access item.
    pub requested_items_status: Vec<
        crate::AccessRequestPostApprovalRequestedItemsStatusItem,
    >,
    pub requested_by: crate::AccessItemRequesterDto,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl AccessRequestPostApproval {
    /// Builds a `AccessRequestPostApproval` from its required fields; the others are unset.
    pub fn new(
        access_request_id: impl Into<String>,
        requested_for: impl Into<Vec<crate::AccessItemRequestedForDto>>,
        requested_items_status: impl Into<
            Vec<crate::AccessRequestPostApprovalRequestedItemsStatusItem>,
        >,
        requested_by: impl Into<crate::AccessItemRequesterDto>,
    ) -> Self {
        Self {
            access_request_id: access_request_id.into(),
            requested_for: requested_for.into(),
            requested_items_status: requested_items_status.into(),
            requested_by: requested_by.into(),
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::serde_struct!(AccessRequestPostApproval {
    access_request_id: required("accessRequestId"),
    requested_for: required("requestedFor"),
    requested_items_status: required("requestedItemsStatus"),
    requested_by: required("requestedBy"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for AccessRequestPostApproval {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.requested_for, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.requested_items_status, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.requested_by, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
#[derive(Debug, Clone, PartialEq)]
pub struct AccessRequestPostApprovalRequestedItemsStatusItem {
    /// The unique ID of the access item being requested.
    pub id: String,
    /// The human friendly name of the access item.
    pub name: String,
    /// Detailed description of the access item.
    pub description: Option<Option<String>>,
    /// The type of access item.
    pub r#type: crate::AccessRequestPostApprovalRequestedItemsStatusItemType,
    /// The action to perform on the access item.
    pub operation: crate::AccessRequestPostApprovalRequestedItemsStatusItemOperation,
    /// A comment from the identity requesting the access.
    pub comment: Option<Option<String>>,
    /// Additional customer defined metadata about the access item.
    pub client_metadata: Option<::serde_json::Value>,
    /// A list of one or more approvers for the access request.
    pub approval_info: Vec<
        crate::AccessRequestPostApprovalRequestedItemsStatusItemApprovalInfoItem,
    >,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl AccessRequestPostApprovalRequestedItemsStatusItem {
    /// Builds a `AccessRequestPostApprovalRequestedItemsStatusItem` from its required fields; the others are unset.
    pub fn new(
        id: impl Into<String>,
        name: impl Into<String>,
        r#type: impl Into<crate::AccessRequestPostApprovalRequestedItemsStatusItemType>,
        operation: impl Into<
            crate::AccessRequestPostApprovalRequestedItemsStatusItemOperation,
        >,
        approval_info: impl Into<
            Vec<crate::AccessRequestPostApprovalRequestedItemsStatusItemApprovalInfoItem>,
        >,
    ) -> Self {
        Self {
            id: id.into(),
            name: name.into(),
            description: None,
            r#type: r#type.into(),
            operation: operation.into(),
            comment: None,
            client_metadata: None,
            approval_info: approval_info.into(),
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::setters!(AccessRequestPostApprovalRequestedItemsStatusItem {
    description: nullable::<String>(description, description_null),
    comment: nullable::<String>(comment, comment_null),
    client_metadata: nullable_json::<::serde_json::Value>(client_metadata, client_metadata_null),
});
crate::serde_helpers::serde_struct!(AccessRequestPostApprovalRequestedItemsStatusItem {
    id: required("id"),
    name: required("name"),
    description: nullable("description"),
    r#type: required("type"),
    operation: required("operation"),
    comment: nullable("comment"),
    client_metadata: nullable("clientMetadata"),
    approval_info: required("approvalInfo"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit
for AccessRequestPostApprovalRequestedItemsStatusItem {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.operation, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.client_metadata, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.approval_info, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
#[derive(Debug, Clone, PartialEq)]
pub struct AccessRequestPostApprovalRequestedItemsStatusItemApprovalInfoItem {
    /// A comment left by the approver.
    pub approval_comment: Option<Option<String>>,
    /// The final decision of the approver.
    pub approval_decision: crate::AccessRequestPostApprovalRequestedItemsStatusItemApprovalInfoItemApprovalDecision,
    /// The name of the approver
    pub approver_name: String,
    /// The identity of the approver.
    pub approver: crate::AccessRequestPostApprovalRequestedItemsStatusItemApprovalInfoItemApprover,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl AccessRequestPostApprovalRequestedItemsStatusItemApprovalInfoItem {
    /// Builds a `AccessRequestPostApprovalRequestedItemsStatusItemApprovalInfoItem` from its required fields; the others are unset.
    pub fn new(
        approval_decision: impl Into<
            crate::AccessRequestPostApprovalRequestedItemsStatusItemApprovalInfoItemApprovalDecision,
        >,
        approver_name: impl Into<String>,
        approver: impl Into<
            crate::AccessRequestPostApprovalRequestedItemsStatusItemApprovalInfoItemApprover,
        >,
    ) -> Self {
        Self {
            approval_comment: None,
            approval_decision: approval_decision.into(),
            approver_name: approver_name.into(),
            approver: approver.into(),
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::setters!(AccessRequestPostApprovalRequestedItemsStatusItemApprovalInfoItem {
    approval_comment: nullable::<String>(approval_comment, approval_comment_null),
});
crate::serde_helpers::serde_struct!(AccessRequestPostApprovalRequestedItemsStatusItemApprovalInfoItem {
    approval_comment: nullable("approvalComment"),
    approval_decision: required("approvalDecision"),
    approver_name: required("approverName"),
    approver: required("approver"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit
for AccessRequestPostApprovalRequestedItemsStatusItemApprovalInfoItem {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.approval_decision, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.approver, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// The final decision of the approver.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum AccessRequestPostApprovalRequestedItemsStatusItemApprovalInfoItemApprovalDecision {
    /// `APPROVED`
    Approved,
    /// `DENIED`
    Denied,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl AccessRequestPostApprovalRequestedItemsStatusItemApprovalInfoItemApprovalDecision {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Approved => "APPROVED",
            Self::Denied => "DENIED",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str>
for AccessRequestPostApprovalRequestedItemsStatusItemApprovalInfoItemApprovalDecision {
    fn from(value: &str) -> Self {
        match value {
            "APPROVED" => Self::Approved,
            "DENIED" => Self::Denied,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(
    AccessRequestPostApprovalRequestedItemsStatusItemApprovalInfoItemApprovalDecision
);
/// The identity of the approver.
///
/// Includes the fields of [`AccessItemApproverDto`](crate::AccessItemApproverDto).
#[derive(Debug, Clone, PartialEq)]
pub struct AccessRequestPostApprovalRequestedItemsStatusItemApprovalInfoItemApprover {
    /// The type of object that is referenced
    pub r#type: crate::AccessRequestPostApprovalRequestedItemsStatusItemApprovalInfoItemApproverType,
    /// ID of identity who approved the access item request.
    pub id: String,
    /// Human-readable display name of identity who approved the access item request.
    pub name: String,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl AccessRequestPostApprovalRequestedItemsStatusItemApprovalInfoItemApprover {
    /// Builds a `AccessRequestPostApprovalRequestedItemsStatusItemApprovalInfoItemApprover` from its required fields; the others are unset.
    pub fn new(
        r#type: impl Into<
            crate::AccessRequestPostApprovalRequestedItemsStatusItemApprovalInfoItemApproverType,
        >,
        id: impl Into<String>,
        name: impl Into<String>,
    ) -> Self {
        Self {
            r#type: r#type.into(),
            id: id.into(),
            name: name.into(),
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::serde_struct!(AccessRequestPostApprovalRequestedItemsStatusItemApprovalInfoItemApprover {
    r#type: required("type"),
    id: required("id"),
    name: required("name"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit
for AccessRequestPostApprovalRequestedItemsStatusItemApprovalInfoItemApprover {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// The type of object that is referenced
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum AccessRequestPostApprovalRequestedItemsStatusItemApprovalInfoItemApproverType {
    /// `IDENTITY`
    Identity,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl AccessRequestPostApprovalRequestedItemsStatusItemApprovalInfoItemApproverType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Identity => "IDENTITY",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str>
for AccessRequestPostApprovalRequestedItemsStatusItemApprovalInfoItemApproverType {
    fn from(value: &str) -> Self {
        match value {
            "IDENTITY" => Self::Identity,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(
    AccessRequestPostApprovalRequestedItemsStatusItemApprovalInfoItemApproverType
);
/// The action to perform on the access item.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum AccessRequestPostApprovalRequestedItemsStatusItemOperation {
    /// `Add`
    Add,
    /// `Remove`
    Remove,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl AccessRequestPostApprovalRequestedItemsStatusItemOperation {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Add => "Add",
            Self::Remove => "Remove",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for AccessRequestPostApprovalRequestedItemsStatusItemOperation {
    fn from(value: &str) -> Self {
        match value {
            "Add" => Self::Add,
            "Remove" => Self::Remove,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(
    AccessRequestPostApprovalRequestedItemsStatusItemOperation
);
/// The type of access item.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum AccessRequestPostApprovalRequestedItemsStatusItemType {
    /// `ACCESS_PROFILE`
    AccessProfile,
    /// `ROLE`
    Role,
    /// `ENTITLEMENT`
    Entitlement,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl AccessRequestPostApprovalRequestedItemsStatusItemType {
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
impl From<&str> for AccessRequestPostApprovalRequestedItemsStatusItemType {
    fn from(value: &str) -> Self {
        match value {
            "ACCESS_PROFILE" => Self::AccessProfile,
            "ROLE" => Self::Role,
            "ENTITLEMENT" => Self::Entitlement,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(
    AccessRequestPostApprovalRequestedItemsStatusItemType
);
