#[derive(Debug, Clone, PartialEq, Default)]
pub struct AccessRequestResponse {
    /// the requester Id
    pub requester_id: Option<String>,
    /// the requesterName
    pub requester_name: Option<String>,
    pub items: Option<Vec<crate::AccessRequestItemResponse>>,
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
    requester_id: optional::<String>(requester_id),
    requester_name: optional::<String>(requester_name),
    items: optional::<Vec<crate::AccessRequestItemResponse>>(items),
});
crate::serde_helpers::serde_struct!(AccessRequestResponse {
    requester_id: optional("requesterId"),
    requester_name: optional("requesterName"),
    items: optional("items"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for AccessRequestResponse {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.items, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
