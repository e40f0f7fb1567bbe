#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct AccessRequestPreApprovalRequestedItemsItem {
    /// Access item's unique ID.
    pub id: String,
    /// Access item's name.
    pub name: String,
    /// Access item's description.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub description: Option<Option<String>>,
    /// Access item's type.
    pub r#type: crate::AccessRequestPreApprovalRequestedItemsItemType,
    /// Action to perform on the access item.
    pub operation: crate::AccessRequestPreApprovalRequestedItemsItemOperation,
    /// Comment from the identity requesting access.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub comment: Option<Option<String>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl AccessRequestPreApprovalRequestedItemsItem {
    /// Builds a `AccessRequestPreApprovalRequestedItemsItem` from its required fields; the others are unset.
    pub fn new(
        id: String,
        name: String,
        r#type: crate::AccessRequestPreApprovalRequestedItemsItemType,
        operation: crate::AccessRequestPreApprovalRequestedItemsItemOperation,
    ) -> Self {
        Self {
            id,
            name,
            description: None,
            r#type,
            operation,
            comment: None,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit for AccessRequestPreApprovalRequestedItemsItem {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.operation, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
