/// Request body payload for bulk approve access request endpoint.
#[derive(Debug, Clone, PartialEq)]
pub struct BulkApproveAccessRequest {
    /// List of approval ids to approve the pending requests
    pub approval_ids: Vec<String>,
    /// Reason for approving the pending access request.
    pub comment: String,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl BulkApproveAccessRequest {
    /// Builds a `BulkApproveAccessRequest` from its required fields; the others are unset.
    pub fn new(
        approval_ids: impl Into<Vec<String>>,
        comment: impl Into<String>,
    ) -> Self {
        Self {
            approval_ids: approval_ids.into(),
            comment: comment.into(),
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::serde_struct!(BulkApproveAccessRequest {
    approval_ids: required("approvalIds"),
    comment: required("comment"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for BulkApproveAccessRequest {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
