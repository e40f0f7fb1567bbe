#[derive(Debug, Clone, PartialEq, Default)]
pub struct SetLifecycleStateResponse {
    /// ID of the IdentityRequest object that is generated when the workflow launches. To follow the IdentityRequest, you can provide this ID with a [Get Account Activity request](https://developer.sailpoint.com/docs/api/v3/get-account-activity/). The response will contain relevant information about the IdentityRequest, such as its status.
    pub account_activity_id: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl SetLifecycleStateResponse {
    /// Builds a `SetLifecycleStateResponse` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(SetLifecycleStateResponse {
    account_activity_id: optional::<String>(account_activity_id),
});
crate::serde_helpers::serde_struct!(SetLifecycleStateResponse {
    account_activity_id: optional("accountActivityId"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for SetLifecycleStateResponse {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
