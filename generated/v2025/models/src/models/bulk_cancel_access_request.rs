/// Request body payload for bulk cancel access request endpoint.
#[derive(Debug, Clone, PartialEq)]
pub struct BulkCancelAccessRequest {
    /// List of access requests ids to cancel the pending requests
    pub access_request_ids: Vec<String>,
    /// Reason for cancelling the pending access request.
    pub comment: String,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl BulkCancelAccessRequest {
    /// Builds a `BulkCancelAccessRequest` from its required fields; the others are unset.
    pub fn new(
        access_request_ids: impl Into<Vec<String>>,
        comment: impl Into<String>,
    ) -> Self {
        Self {
            access_request_ids: access_request_ids.into(),
            comment: comment.into(),
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::serde_struct!(BulkCancelAccessRequest {
    access_request_ids: required("accessRequestIds"),
    comment: required("comment"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for BulkCancelAccessRequest {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
