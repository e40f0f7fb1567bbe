#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct AccessRequestPostApproval {
    /// The unique ID of the access request.
    #[serde(rename = "accessRequestId")]
    pub access_request_id: String,
    /// Identities access was requested for.
    #[serde(rename = "requestedFor")]
    pub requested_for: Vec<crate::AccessItemRequestedForDto>,
    /// Details on the outcome of each access item.
    #[serde(rename = "requestedItemsStatus")]
    pub requested_items_status: Vec<
        crate::AccessRequestPostApprovalRequestedItemsStatusItem,
    >,
    #[serde(rename = "requestedBy")]
    pub requested_by: crate::AccessItemRequesterDto,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl AccessRequestPostApproval {
    /// Builds a `AccessRequestPostApproval` from its required fields; the others are unset.
    pub fn new(
        access_request_id: String,
        requested_for: Vec<crate::AccessItemRequestedForDto>,
        requested_items_status: Vec<
            crate::AccessRequestPostApprovalRequestedItemsStatusItem,
        >,
        requested_by: crate::AccessItemRequesterDto,
    ) -> Self {
        Self {
            access_request_id,
            requested_for,
            requested_items_status,
            requested_by,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit for AccessRequestPostApproval {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.requested_for, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.requested_items_status, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.requested_by, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
