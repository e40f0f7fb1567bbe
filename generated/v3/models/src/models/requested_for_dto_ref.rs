#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct RequestedForDtoRef {
    /// The identity id for which the access is requested
    #[serde(rename = "identityId")]
    pub identity_id: String,
    /// the details for the access items that are requested for the identity
    #[serde(rename = "requestedItems")]
    pub requested_items: Vec<crate::RequestedItemDtoRef>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
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
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit for RequestedForDtoRef {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.requested_items, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
