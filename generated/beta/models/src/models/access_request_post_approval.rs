#[derive(Debug, Clone, PartialEq)]
pub struct AccessRequestPostApproval {
    /// Access request's unique ID.
    pub access_request_id: String,
    /// Identities whom access was requested for.
    pub requested_for: Vec<crate::AccessItemRequestedForDtoBeta>,
    /// Details about the outcome of each requested access item.
    pub requested_items_status: Vec<
        crate::AccessRequestPostApprovalRequestedItemsStatusItem,
    >,
    pub requested_by: crate::AccessItemRequesterDtoBeta,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl AccessRequestPostApproval {
    /// Builds a `AccessRequestPostApproval` from its required fields; the others are unset.
    pub fn new(
        access_request_id: impl Into<String>,
        requested_for: impl Into<Vec<crate::AccessItemRequestedForDtoBeta>>,
        requested_items_status: impl Into<
            Vec<crate::AccessRequestPostApprovalRequestedItemsStatusItem>,
        >,
        requested_by: impl Into<crate::AccessItemRequesterDtoBeta>,
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
    /// Access item's unique ID.
    pub id: String,
    /// Access item's name.
    pub name: String,
    /// Access item's description.
    pub description: Option<Option<String>>,
    /// Access item's type.
    pub r#type: crate::AccessRequestPostApprovalRequestedItemsStatusItemType,
    /// Action to perform on the requested access item.
    pub operation: crate::AccessRequestPostApprovalRequestedItemsStatusItemOperation,
    /// Comment from the identity requesting access.
    pub comment: Option<Option<String>>,
    /// Additional customer defined metadata about the access item.
    pub client_metadata: Option<::serde_json::Value>,
    /// List of approvers for the access request.
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
    /// Approver's comment.
    pub approval_comment: Option<Option<String>>,
    /// Approver's final decision.
    pub approval_decision: crate::AccessRequestPostApprovalRequestedItemsStatusItemApprovalInfoItemApprovalDecision,
    /// Approver's name.
    pub approver_name: String,
    /// Approver's identity.
    pub approver: crate::AccessItemApproverDto,
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
        approver: impl Into<crate::AccessItemApproverDto>,
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
/// Approver's final decision.
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
/// Action to perform on the requested access item.
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
/// Access item's type.
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
