#[derive(Debug, Clone, PartialEq)]
pub struct RequestedForDtoRef {
    /// The identity id for which the access is requested
    pub identity_id: String,
    /// the details for the access items that are requested for the identity
    pub requested_items: Vec<crate::RequestedItemDtoRef>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl RequestedForDtoRef {
    /// Builds a `RequestedForDtoRef` from its required fields; the others are unset.
    pub fn new(
        identity_id: impl Into<String>,
        requested_items: impl Into<Vec<crate::RequestedItemDtoRef>>,
    ) -> Self {
        Self {
            identity_id: identity_id.into(),
            requested_items: requested_items.into(),
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::serde_struct!(RequestedForDtoRef {
    identity_id: required("identityId"),
    requested_items: required("requestedItems"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for RequestedForDtoRef {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.requested_items, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
