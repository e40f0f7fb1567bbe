#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct AccessRequestPostApprovalRequestedItemsStatusItem {
    /// The unique ID of the access item being requested.
    pub id: String,
    /// The human friendly name of the access item.
    pub name: String,
    /// Detailed description of the access item.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub description: Option<Option<String>>,
    /// The type of access item.
    pub r#type: crate::AccessRequestPostApprovalRequestedItemsStatusItemType,
    /// The action to perform on the access item.
    pub operation: crate::AccessRequestPostApprovalRequestedItemsStatusItemOperation,
    /// A comment from the identity requesting the access.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub comment: Option<Option<String>>,
    /// Additional customer defined metadata about the access item.
    #[serde(
        rename = "clientMetadata",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub client_metadata: Option<::serde_json::Value>,
    /// A list of one or more approvers for the access request.
    #[serde(rename = "approvalInfo")]
    pub approval_info: Vec<
        crate::AccessRequestPostApprovalRequestedItemsStatusItemApprovalInfoItem,
    >,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl AccessRequestPostApprovalRequestedItemsStatusItem {
    /// Builds a `AccessRequestPostApprovalRequestedItemsStatusItem` from its required fields; the others are unset.
    pub fn new(
        id: String,
        name: String,
        r#type: crate::AccessRequestPostApprovalRequestedItemsStatusItemType,
        operation: crate::AccessRequestPostApprovalRequestedItemsStatusItemOperation,
        approval_info: Vec<
            crate::AccessRequestPostApprovalRequestedItemsStatusItemApprovalInfoItem,
        >,
    ) -> Self {
        Self {
            id,
            name,
            description: None,
            r#type,
            operation,
            comment: None,
            client_metadata: None,
            approval_info,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
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
