#[derive(Debug, Clone, PartialEq)]
pub struct AccessRequestDynamicApprover {
    /// Unique ID of the access request object. You can use this ID with the [Access Request Status endpoint](https://developer.sailpoint.com/idn/api/beta/list-access-request-status) to get the request's status.
    pub access_request_id: String,
    /// Identities access was requested for.
    pub requested_for: Vec<crate::AccessItemRequestedForDtoBeta>,
    /// Requested access items.
    pub requested_items: Vec<crate::AccessRequestDynamicApproverRequestedItemsItem>,
    pub requested_by: crate::AccessItemRequesterDtoBeta,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl AccessRequestDynamicApprover {
    /// Builds a `AccessRequestDynamicApprover` from its required fields; the others are unset.
    pub fn new(
        access_request_id: impl Into<String>,
        requested_for: impl Into<Vec<crate::AccessItemRequestedForDtoBeta>>,
        requested_items: impl Into<
            Vec<crate::AccessRequestDynamicApproverRequestedItemsItem>,
        >,
        requested_by: impl Into<crate::AccessItemRequesterDtoBeta>,
    ) -> Self {
        Self {
            access_request_id: access_request_id.into(),
            requested_for: requested_for.into(),
            requested_items: requested_items.into(),
            requested_by: requested_by.into(),
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::serde_struct!(AccessRequestDynamicApprover {
    access_request_id: required("accessRequestId"),
    requested_for: required("requestedFor"),
    requested_items: required("requestedItems"),
    requested_by: required("requestedBy"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for AccessRequestDynamicApprover {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.requested_for, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.requested_items, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.requested_by, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
#[derive(Debug, Clone, PartialEq)]
pub struct AccessRequestDynamicApproverRequestedItemsItem {
    /// Access item's unique identifier.
    pub id: String,
    /// Access item's name.
    pub name: String,
    /// Access item's extended description.
    pub description: Option<Option<String>>,
    /// Type of access item being requested.
    pub r#type: crate::AccessRequestDynamicApproverRequestedItemsItemType,
    /// Action to perform on the requested access item.
    pub operation: crate::AccessRequestDynamicApproverRequestedItemsItemOperation,
    /// Comment from the requester about why the access is necessary.
    pub comment: Option<Option<String>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl AccessRequestDynamicApproverRequestedItemsItem {
    /// Builds a `AccessRequestDynamicApproverRequestedItemsItem` from its required fields; the others are unset.
    pub fn new(
        id: impl Into<String>,
        name: impl Into<String>,
        r#type: impl Into<crate::AccessRequestDynamicApproverRequestedItemsItemType>,
        operation: impl Into<
            crate::AccessRequestDynamicApproverRequestedItemsItemOperation,
        >,
    ) -> Self {
        Self {
            id: id.into(),
            name: name.into(),
            description: None,
            r#type: r#type.into(),
            operation: operation.into(),
            comment: None,
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::setters!(AccessRequestDynamicApproverRequestedItemsItem {
    description: nullable::<String>(description, description_null),
    comment: nullable::<String>(comment, comment_null),
});
crate::serde_helpers::serde_struct!(AccessRequestDynamicApproverRequestedItemsItem {
    id: required("id"),
    name: required("name"),
    description: nullable("description"),
    r#type: required("type"),
    operation: required("operation"),
    comment: nullable("comment"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for AccessRequestDynamicApproverRequestedItemsItem {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.operation, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// Action to perform on the requested access item.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum AccessRequestDynamicApproverRequestedItemsItemOperation {
    /// `Add`
    Add,
    /// `Remove`
    Remove,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl AccessRequestDynamicApproverRequestedItemsItemOperation {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Add => "Add",
            Self::Remove => "Remove",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for AccessRequestDynamicApproverRequestedItemsItemOperation {
    fn from(value: &str) -> Self {
        match value {
            "Add" => Self::Add,
            "Remove" => Self::Remove,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(
    AccessRequestDynamicApproverRequestedItemsItemOperation
);
/// Type of access item being requested.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum AccessRequestDynamicApproverRequestedItemsItemType {
    /// `ACCESS_PROFILE`
    AccessProfile,
    /// `ROLE`
    Role,
    /// `ENTITLEMENT`
    Entitlement,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl AccessRequestDynamicApproverRequestedItemsItemType {
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
impl From<&str> for AccessRequestDynamicApproverRequestedItemsItemType {
    fn from(value: &str) -> Self {
        match value {
            "ACCESS_PROFILE" => Self::AccessProfile,
            "ROLE" => Self::Role,
            "ENTITLEMENT" => Self::Entitlement,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(AccessRequestDynamicApproverRequestedItemsItemType);
