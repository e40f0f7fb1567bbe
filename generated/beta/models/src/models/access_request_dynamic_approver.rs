#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct AccessRequestDynamicApprover {
    /// Unique ID of the access request object. You can use this ID with the [Access Request Status endpoint](https://developer.sailpoint.com/idn/api/beta/list-access-request-status) to get the request's status.
    #[serde(rename = "accessRequestId")]
    pub access_request_id: String,
    /// Identities access was requested for.
    #[serde(rename = "requestedFor")]
    pub requested_for: Vec<crate::AccessItemRequestedForDtoBeta>,
    /// Requested access items.
    #[serde(rename = "requestedItems")]
    pub requested_items: Vec<crate::AccessRequestDynamicApproverRequestedItemsItem>,
    #[serde(rename = "requestedBy")]
    pub requested_by: crate::AccessItemRequesterDtoBeta,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl AccessRequestDynamicApprover {
    /// Builds a `AccessRequestDynamicApprover` from its required fields; the others are unset.
    pub fn new(
        access_request_id: String,
        requested_for: Vec<crate::AccessItemRequestedForDtoBeta>,
        requested_items: Vec<crate::AccessRequestDynamicApproverRequestedItemsItem>,
        requested_by: crate::AccessItemRequesterDtoBeta,
    ) -> Self {
        Self {
            access_request_id,
            requested_for,
            requested_items,
            requested_by,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit for AccessRequestDynamicApprover {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.requested_for, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.requested_items, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.requested_by, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
