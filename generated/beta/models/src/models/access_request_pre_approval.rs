#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct AccessRequestPreApproval {
    /// Access request's unique ID.
    #[serde(rename = "accessRequestId")]
    pub access_request_id: String,
    /// Identities whom access was requested for.
    #[serde(rename = "requestedFor")]
    pub requested_for: Vec<crate::AccessItemRequestedForDtoBeta>,
    /// Details about each requested access item.
    #[serde(rename = "requestedItems")]
    pub requested_items: Vec<crate::AccessRequestPreApprovalRequestedItemsItem>,
    #[serde(rename = "requestedBy")]
    pub requested_by: crate::AccessItemRequesterDtoBeta,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl AccessRequestPreApproval {
    /// Builds a `AccessRequestPreApproval` from its required fields; the others are unset.
    pub fn new(
        access_request_id: String,
        requested_for: Vec<crate::AccessItemRequestedForDtoBeta>,
        requested_items: Vec<crate::AccessRequestPreApprovalRequestedItemsItem>,
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
impl crate::serde_helpers::SchemaFit for AccessRequestPreApproval {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.requested_for, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.requested_items, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.requested_by, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
