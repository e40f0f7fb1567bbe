#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct AccessRequestDynamicApprover {
    /// The unique ID of the access request object. Can be used with the [access request status endpoint](https://developer.sailpoint.com/idn/api/beta/list-access-request-status) to get the status of the request.
    #[serde(rename = "accessRequestId")]
    pub access_request_id: String,
    /// Identities access was requested for.
    #[serde(rename = "requestedFor")]
    pub requested_for: Vec<crate::AccessItemRequestedForDto>,
    /// The access items that are being requested.
    #[serde(rename = "requestedItems")]
    pub requested_items: Vec<crate::AccessRequestDynamicApproverRequestedItemsItem>,
    #[serde(rename = "requestedBy")]
    pub requested_by: crate::AccessItemRequesterDto,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl AccessRequestDynamicApprover {
    /// Builds a `AccessRequestDynamicApprover` from its required fields; the others are unset.
    pub fn new(
        access_request_id: String,
        requested_for: Vec<crate::AccessItemRequestedForDto>,
        requested_items: Vec<crate::AccessRequestDynamicApproverRequestedItemsItem>,
        requested_by: crate::AccessItemRequesterDto,
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
