#[derive(Debug, Clone, PartialEq)]
pub struct SubscriptionPostRequest {
    /// Subscription name.
    pub name: String,
    /// Subscription description.
    pub description: Option<String>,
    /// ID of trigger subscribed to.
    pub trigger_id: String,
    pub r#type: crate::SubscriptionType,
    /// Deadline for completing REQUEST_RESPONSE trigger invocation, represented in ISO-8601 duration format.
    pub response_deadline: Option<String>,
    /// Config required if HTTP subscription type is used.
    pub http_config: Option<crate::HttpConfig>,
    /// Config required if EVENTBRIDGE subscription type is used.
    pub event_bridge_config: Option<crate::EventBridgeConfig>,
    /// Whether subscription should receive real-time trigger invocations or not.
    ///
    /// Test trigger invocations are always enabled regardless of this option.
    pub enabled: Option<bool>,
    /// JSONPath filter to conditionally invoke trigger when expression evaluates to true.
    pub filter: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl SubscriptionPostRequest {
    /// Builds a `SubscriptionPostRequest` from its required fields; the others are unset.
    pub fn new(
        name: impl Into<String>,
        trigger_id: impl Into<String>,
        r#type: impl Into<crate::SubscriptionType>,
    ) -> Self {
        Self {
            name: name.into(),
            description: None,
            trigger_id: trigger_id.into(),
            r#type: r#type.into(),
            response_deadline: None,
            http_config: None,
            event_bridge_config: None,
            enabled: None,
            filter: None,
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::setters!(SubscriptionPostRequest {
    description: optional::<String>(description),
    response_deadline: optional::<String>(response_deadline),
    http_config: optional::<crate::HttpConfig>(http_config),
    event_bridge_config: optional::<crate::EventBridgeConfig>(event_bridge_config),
    enabled: optional::<bool>(enabled),
    filter: optional::<String>(filter),
});
crate::serde_helpers::serde_struct!(SubscriptionPostRequest {
    name: required("name"),
    description: optional("description"),
    trigger_id: required("triggerId"),
    r#type: required("type"),
    response_deadline: optional("responseDeadline"),
    http_config: optional("httpConfig"),
    event_bridge_config: optional("eventBridgeConfig"),
    enabled: optional("enabled"),
    filter: optional("filter"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for SubscriptionPostRequest {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.http_config, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.event_bridge_config, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
