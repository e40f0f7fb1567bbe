#[derive(Debug, Clone, PartialEq)]
pub struct AccessRequestSubmittedResponse {
    /// Approval or denial of the request by the subscribing service.
    pub approved: bool,
    /// Comment from the subscribing service approving or denying the request.
    pub comment: String,
    /// Name of the subscribing service approving the request.  This doesn't normally have to be the name of an existing identity in ISC, but it does if you have an active subscription to the [Access Request Decision trigger](https://developer.sailpoint.com/docs/extensibility/event-triggers/triggers/access-request-decision). If you don't provide the `username` of an existing identity in your tenant, your Access Request Decision subscriptions will never trigger.
    pub approver: String,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl AccessRequestSubmittedResponse {
    /// Builds a `AccessRequestSubmittedResponse` from its required fields; the others are unset.
    pub fn new(
        approved: impl Into<bool>,
        comment: impl Into<String>,
        approver: impl Into<String>,
    ) -> Self {
        Self {
            approved: approved.into(),
            comment: comment.into(),
            approver: approver.into(),
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::serde_struct!(AccessRequestSubmittedResponse {
    approved: required("approved"),
    comment: required("comment"),
    approver: required("approver"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for AccessRequestSubmittedResponse {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
