#[derive(Debug, Clone, PartialEq, Default)]
pub struct AccessRequestTracking {
    /// The identity id in which the access request is for.
    pub requested_for: Option<String>,
    /// The details of the item requested.
    pub requested_items_details: Option<Vec<crate::RequestedItemDetails>>,
    /// a hash representation of the access requested, useful for longer term tracking client side.
    pub attributes_hash: Option<i32>,
    /// a list of access request identifiers, generally only one will be populated, but high volume requested may result in multiple ids.
    pub access_request_ids: Option<Vec<String>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl AccessRequestTracking {
    /// Builds a `AccessRequestTracking` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(AccessRequestTracking {
    requested_for: optional::<String>(requested_for),
    requested_items_details: optional::<Vec<crate::RequestedItemDetails>>(requested_items_details),
    attributes_hash: optional::<i32>(attributes_hash),
    access_request_ids: optional::<Vec<String>>(access_request_ids),
});
crate::serde_helpers::serde_struct!(AccessRequestTracking {
    requested_for: optional("requestedFor"),
    requested_items_details: optional("requestedItemsDetails"),
    attributes_hash: optional("attributesHash"),
    access_request_ids: optional("accessRequestIds"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for AccessRequestTracking {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.requested_items_details, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
