#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct AccessRequestDynamicApproverRequestedItemsItem {
    /// The unique ID of the access item.
    pub id: String,
    /// Human friendly name of the access item.
    pub name: String,
    /// Extended description of the access item.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub description: Option<Option<String>>,
    /// The type of access item being requested.
    pub r#type: crate::AccessRequestDynamicApproverRequestedItemsItemType,
    /// Grant or revoke the access item
    pub operation: crate::AccessRequestDynamicApproverRequestedItemsItemOperation,
    /// A comment from the requestor on why the access is needed.
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
impl AccessRequestDynamicApproverRequestedItemsItem {
    /// Builds a `AccessRequestDynamicApproverRequestedItemsItem` from its required fields; the others are unset.
    pub fn new(
        id: String,
        name: String,
        r#type: crate::AccessRequestDynamicApproverRequestedItemsItemType,
        operation: crate::AccessRequestDynamicApproverRequestedItemsItemOperation,
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
impl crate::serde_helpers::SchemaFit for AccessRequestDynamicApproverRequestedItemsItem {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.operation, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
