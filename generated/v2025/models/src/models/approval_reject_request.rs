/// Request body for rejecting an approval request.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ApprovalRejectRequest {
    /// Comment associated with the reject request.
    pub comment: Option<String>,
    /// Optional field for ServiceNow Administrators to specify which member of a governance group to override/reject on behalf of.
    pub override_approver_id: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl ApprovalRejectRequest {
    /// Builds a `ApprovalRejectRequest` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(ApprovalRejectRequest {
    comment: optional::<String>(comment),
    override_approver_id: optional::<String>(override_approver_id),
});
crate::serde_helpers::serde_struct!(ApprovalRejectRequest {
    comment: optional("comment"),
    override_approver_id: optional("overrideApproverID"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for ApprovalRejectRequest {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
