#[derive(Debug, Clone, PartialEq, Default)]
pub struct AccountsSelectionRequest {
    /// A list of Identity IDs for whom the Access is requested.
    pub requested_for: Vec<String>,
    pub request_type: Option<Option<crate::AccessRequestTypeV2024>>,
    pub requested_items: Vec<crate::AccessRequestItemV2024>,
    /// Arbitrary key-value pairs. They will never be processed by the IdentityNow system but will be returned on associated APIs such as /account-activities.
    pub client_metadata: Option<::indexmap::IndexMap<String, String>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl AccountsSelectionRequest {
    /// Builds a `AccountsSelectionRequest` from its required fields; the others are unset.
    pub fn new(
        requested_for: impl Into<Vec<String>>,
        requested_items: impl Into<Vec<crate::AccessRequestItemV2024>>,
    ) -> Self {
        Self {
            requested_for: requested_for.into(),
            request_type: None,
            requested_items: requested_items.into(),
            client_metadata: None,
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::setters!(AccountsSelectionRequest {
    request_type: nullable::<crate::AccessRequestTypeV2024>(request_type, request_type_null),
    client_metadata: optional::<::indexmap::IndexMap<String, String>>(client_metadata),
});
crate::serde_helpers::serde_struct!(AccountsSelectionRequest {
    requested_for: required("requestedFor"),
    request_type: nullable("requestType"),
    requested_items: required("requestedItems"),
    client_metadata: optional("clientMetadata"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for AccountsSelectionRequest {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.request_type, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.requested_items, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.client_metadata, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
