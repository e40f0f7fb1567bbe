/// Request body payload for cancel access request endpoint.
#[derive(Debug, Clone, PartialEq)]
pub struct CancelAccessRequest {
    /// This refers to the identityRequestId. To successfully cancel an access request, you must provide the identityRequestId.
    pub account_activity_id: String,
    /// Reason for cancelling the pending access request.
    pub comment: String,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl CancelAccessRequest {
    /// Builds a `CancelAccessRequest` from its required fields; the others are unset.
    pub fn new(
        account_activity_id: impl Into<String>,
        comment: impl Into<String>,
    ) -> Self {
        Self {
            account_activity_id: account_activity_id.into(),
            comment: comment.into(),
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::serde_struct!(CancelAccessRequest {
    account_activity_id: required("accountActivityId"),
    comment: required("comment"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for CancelAccessRequest {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
