#[derive(Debug, Clone, PartialEq)]
pub struct AccessRequestPreApproval {
    /// The unique ID of the access request.
    pub access_request_id: String,
    /// Identities access was requested for.
    pub requested_for: Vec<crate::AccessItemRequestedForDto>,
    /// Details of the access items being requested.
    pub requested_items: Vec<crate::AccessRequestPreApprovalRequestedItemsItem>,
    pub requested_by: crate::AccessItemRequesterDto,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl AccessRequestPreApproval {
    /// Builds a `AccessRequestPreApproval` from its required fields; the others are unset.
    pub fn new(
        access_request_id: impl Into<String>,
        requested_for: impl Into<Vec<crate::AccessItemRequestedForDto>>,
        requested_items: impl Into<
            Vec<crate::AccessRequestPreApprovalRequestedItemsItem>,
        >,
        requested_by: impl Into<crate::AccessItemRequesterDto>,
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
crate::serde_helpers::serde_struct!(AccessRequestPreApproval {
    access_request_id: required("accessRequestId"),
    requested_for: required("requestedFor"),
    requested_items: required("requestedItems"),
    requested_by: required("requestedBy"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for AccessRequestPreApproval {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.requested_for, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.requested_items, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.requested_by, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
#[derive(Debug, Clone, PartialEq)]
pub struct AccessRequestPreApprovalRequestedItemsItem {
    /// The unique ID of the access item being requested.
    pub id: String,
    /// The human friendly name of the access item.
    pub name: String,
    /// Detailed description of the access item.
    pub description: Option<Option<String>>,
    /// The type of access item.
    pub r#type: crate::AccessRequestPreApprovalRequestedItemsItemType,
    /// The action to perform on the access item.
    pub operation: crate::AccessRequestPreApprovalRequestedItemsItemOperation,
    /// A comment from the identity requesting the access.
    pub comment: Option<Option<String>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl AccessRequestPreApprovalRequestedItemsItem {
    /// Builds a `AccessRequestPreApprovalRequestedItemsItem` from its required fields; the others are unset.
    pub fn new(
        id: impl Into<String>,
        name: impl Into<String>,
        r#type: impl Into<crate::AccessRequestPreApprovalRequestedItemsItemType>,
        operation: impl Into<crate::AccessRequestPreApprovalRequestedItemsItemOperation>,
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
crate::serde_helpers::setters!(AccessRequestPreApprovalRequestedItemsItem {
    description: nullable::<String>(description, description_null),
    comment: nullable::<String>(comment, comment_null),
});
crate::serde_helpers::serde_struct!(AccessRequestPreApprovalRequestedItemsItem {
    id: required("id"),
    name: required("name"),
    description: nullable("description"),
    r#type: required("type"),
    operation: required("operation"),
    comment: nullable("comment"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for AccessRequestPreApprovalRequestedItemsItem {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.operation, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// The action to perform on the access item.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum AccessRequestPreApprovalRequestedItemsItemOperation {
    /// `Add`
    Add,
    /// `Remove`
    Remove,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl AccessRequestPreApprovalRequestedItemsItemOperation {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Add => "Add",
            Self::Remove => "Remove",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for AccessRequestPreApprovalRequestedItemsItemOperation {
    fn from(value: &str) -> Self {
        match value {
            "Add" => Self::Add,
            "Remove" => Self::Remove,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(AccessRequestPreApprovalRequestedItemsItemOperation);
/// The type of access item.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum AccessRequestPreApprovalRequestedItemsItemType {
    /// `ACCESS_PROFILE`
    AccessProfile,
    /// `ROLE`
    Role,
    /// `ENTITLEMENT`
    Entitlement,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl AccessRequestPreApprovalRequestedItemsItemType {
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
impl From<&str> for AccessRequestPreApprovalRequestedItemsItemType {
    fn from(value: &str) -> Self {
        match value {
            "ACCESS_PROFILE" => Self::AccessProfile,
            "ROLE" => Self::Role,
            "ENTITLEMENT" => Self::Entitlement,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(AccessRequestPreApprovalRequestedItemsItemType);
