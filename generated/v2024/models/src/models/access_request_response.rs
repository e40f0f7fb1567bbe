#[derive(Debug, Clone, PartialEq, Default)]
pub struct AccessRequestResponse {
    /// A list of new access request tracking data mapped to the values requested.
    pub new_requests: Option<Vec<crate::AccessRequestTracking>>,
    /// A list of existing access request tracking data mapped to the values requested.  This indicates access has already been requested for this item.
    pub existing_requests: Option<Vec<crate::AccessRequestTracking>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl AccessRequestResponse {
    /// Builds a `AccessRequestResponse` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(AccessRequestResponse {
    new_requests: optional::<Vec<crate::AccessRequestTracking>>(new_requests),
    existing_requests: optional::<Vec<crate::AccessRequestTracking>>(existing_requests),
});
crate::serde_helpers::serde_struct!(AccessRequestResponse {
    new_requests: optional("newRequests"),
    existing_requests: optional("existingRequests"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for AccessRequestResponse {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.new_requests, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.existing_requests, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
