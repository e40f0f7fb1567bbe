#[derive(Debug, Clone, PartialEq)]
pub struct TestInvocation {
    /// Trigger ID
    pub trigger_id: String,
    /// Mock input to use for test invocation.  This must adhere to the input schema defined in the trigger being invoked.  If this property is omitted, then the default trigger sample payload will be sent.
    pub input: Option<::serde_json::Value>,
    /// JSON map of invocation metadata.
    pub content_json: ::serde_json::Value,
    /// Only send the test event to the subscription IDs listed.  If omitted, the test event will be sent to all subscribers.
    pub subscription_ids: Option<Vec<String>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl TestInvocation {
    /// Builds a `TestInvocation` from its required fields; the others are unset.
    pub fn new(
        trigger_id: impl Into<String>,
        content_json: impl Into<::serde_json::Value>,
    ) -> Self {
        Self {
            trigger_id: trigger_id.into(),
            input: None,
            content_json: content_json.into(),
            subscription_ids: None,
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::setters!(TestInvocation {
    input: optional::<::serde_json::Value>(input),
    subscription_ids: optional::<Vec<String>>(subscription_ids),
});
crate::serde_helpers::serde_struct!(TestInvocation {
    trigger_id: required("triggerId"),
    input: nullable("input"),
    content_json: required("contentJson"),
    subscription_ids: optional("subscriptionIds"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for TestInvocation {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.input, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.content_json, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
