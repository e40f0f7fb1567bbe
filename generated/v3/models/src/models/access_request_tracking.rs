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
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl AccessRequestTracking {
    /// Builds a `AccessRequestTracking` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `requested_for`.
    pub fn requested_for(mut self, value: impl Into<String>) -> Self {
        self.requested_for = Some(value.into());
        self
    }
    /// Sets `requested_items_details`.
    pub fn requested_items_details(
        mut self,
        value: impl Into<Vec<crate::RequestedItemDetails>>,
    ) -> Self {
        self.requested_items_details = Some(value.into());
        self
    }
    /// Sets `attributes_hash`.
    pub fn attributes_hash(mut self, value: impl Into<i32>) -> Self {
        self.attributes_hash = Some(value.into());
        self
    }
    /// Sets `access_request_ids`.
    pub fn access_request_ids(mut self, value: impl Into<Vec<String>>) -> Self {
        self.access_request_ids = Some(value.into());
        self
    }
}
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
