#[derive(Debug, Clone, PartialEq, Default)]
pub struct ApprovalInfoResponse {
    /// the id of approver
    pub id: Option<String>,
    /// the name of approver
    pub name: Option<String>,
    /// the status of the approval request
    pub status: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl ApprovalInfoResponse {
    /// Builds a `ApprovalInfoResponse` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(ApprovalInfoResponse {
    id: optional::<String>(id),
    name: optional::<String>(name),
    status: optional::<String>(status),
});
crate::serde_helpers::serde_struct!(ApprovalInfoResponse {
    id: optional("id"),
    name: optional("name"),
    status: optional("status"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for ApprovalInfoResponse {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
