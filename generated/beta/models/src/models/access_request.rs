#[derive(Debug, Clone, PartialEq, Default)]
pub struct AccessRequest {
    /// A list of Identity IDs for whom the Access is requested. If it's a Revoke request, there can only be one Identity ID.
    pub requested_for: Vec<String>,
    pub request_type: Option<Option<crate::AccessRequestTypeV3>>,
    pub requested_items: Vec<crate::AccessRequestItem>,
    /// Arbitrary key-value pairs. They will never be processed by the IdentityNow system but will be returned on associated APIs such as /account-activities.
    pub client_metadata: Option<::indexmap::IndexMap<String, String>>,
    /// Additional submit data structure with requestedFor containing requestedItems allowing distinction for each request item and Identity.
    /// * Can only be used when 'requestedFor' and 'requestedItems' are not separately provided
    /// * Adds ability to specify which account the user wants the access on, in case they have multiple accounts on a source
    /// * Allows the ability to request items with different start dates
    /// * Allows the ability to request items with different remove dates
    /// * Also allows different combinations of request items and identities in the same request
    /// * Only for use in GRANT_ACCESS type requests
    pub requested_for_with_requested_items: Option<
        Option<Vec<crate::RequestedForDtoRef>>,
    >,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl AccessRequest {
    /// Builds a `AccessRequest` from its required fields; the others are unset.
    pub fn new(
        requested_for: impl Into<Vec<String>>,
        requested_items: impl Into<Vec<crate::AccessRequestItem>>,
    ) -> Self {
        Self {
            requested_for: requested_for.into(),
            request_type: None,
            requested_items: requested_items.into(),
            client_metadata: None,
            requested_for_with_requested_items: None,
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::setters!(AccessRequest {
    request_type: nullable::<crate::AccessRequestTypeV3>(request_type, request_type_null),
    client_metadata: optional::<::indexmap::IndexMap<String, String>>(client_metadata),
    requested_for_with_requested_items: nullable::<Vec<crate::RequestedForDtoRef>>(requested_for_with_requested_items, requested_for_with_requested_items_null),
});
crate::serde_helpers::serde_struct!(AccessRequest {
    requested_for: required("requestedFor"),
    request_type: nullable("requestType"),
    requested_items: required("requestedItems"),
    client_metadata: optional("clientMetadata"),
    requested_for_with_requested_items: nullable("requestedForWithRequestedItems"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for AccessRequest {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.request_type, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.requested_items, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.client_metadata, fit);
        crate::serde_helpers::SchemaFit::add_fit(
            &self.requested_for_with_requested_items,
            fit,
        );
        fit.undeclared += self.additional_properties.len();
    }
}
