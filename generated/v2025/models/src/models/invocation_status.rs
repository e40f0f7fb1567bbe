#[derive(Debug, Clone, PartialEq)]
pub struct InvocationStatus {
    /// Invocation ID
    pub id: String,
    /// Trigger ID
    pub trigger_id: String,
    /// Subscription name
    pub subscription_name: String,
    /// Subscription ID
    pub subscription_id: String,
    pub r#type: crate::InvocationStatusType,
    /// Invocation created timestamp. ISO-8601 in UTC.
    pub created: crate::primitives::DateTime,
    /// Invocation completed timestamp; empty fields imply invocation is in-flight or not completed. ISO-8601 in UTC.
    pub completed: Option<crate::primitives::DateTime>,
    /// Data related to start of trigger invocation.
    pub start_invocation_input: crate::StartInvocationInput,
    /// Data related to end of trigger invocation.
    pub complete_invocation_input: Option<crate::CompleteInvocationInput>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl InvocationStatus {
    /// Builds a `InvocationStatus` from its required fields; the others are unset.
    pub fn new(
        id: impl Into<String>,
        trigger_id: impl Into<String>,
        subscription_name: impl Into<String>,
        subscription_id: impl Into<String>,
        r#type: impl Into<crate::InvocationStatusType>,
        created: impl Into<crate::primitives::DateTime>,
        start_invocation_input: impl Into<crate::StartInvocationInput>,
    ) -> Self {
        Self {
            id: id.into(),
            trigger_id: trigger_id.into(),
            subscription_name: subscription_name.into(),
            subscription_id: subscription_id.into(),
            r#type: r#type.into(),
            created: created.into(),
            completed: None,
            start_invocation_input: start_invocation_input.into(),
            complete_invocation_input: None,
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::setters!(InvocationStatus {
    completed: optional::<crate::primitives::DateTime>(completed),
    complete_invocation_input: optional::<crate::CompleteInvocationInput>(complete_invocation_input),
});
crate::serde_helpers::serde_struct!(InvocationStatus {
    id: required("id"),
    trigger_id: required("triggerId"),
    subscription_name: required("subscriptionName"),
    subscription_id: required("subscriptionId"),
    r#type: required("type"),
    created: required("created"),
    completed: optional("completed"),
    start_invocation_input: required("startInvocationInput"),
    complete_invocation_input: optional("completeInvocationInput"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for InvocationStatus {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.start_invocation_input, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.complete_invocation_input, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
