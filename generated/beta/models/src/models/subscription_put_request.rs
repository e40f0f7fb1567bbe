#[derive(Debug, Clone, PartialEq, Default)]
pub struct SubscriptionPutRequest {
    /// Subscription name.
    pub name: Option<String>,
    /// Subscription description.
    pub description: Option<String>,
    pub r#type: Option<crate::SubscriptionType>,
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
impl SubscriptionPutRequest {
    /// Builds a `SubscriptionPutRequest` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(SubscriptionPutRequest {
    name: optional::<String>(name),
    description: optional::<String>(description),
    r#type: optional::<crate::SubscriptionType>(r#type),
    response_deadline: optional::<String>(response_deadline),
    http_config: optional::<crate::HttpConfig>(http_config),
    event_bridge_config: optional::<crate::EventBridgeConfig>(event_bridge_config),
    enabled: optional::<bool>(enabled),
    filter: optional::<String>(filter),
});
crate::serde_helpers::serde_struct!(SubscriptionPutRequest {
    name: optional("name"),
    description: optional("description"),
    r#type: optional("type"),
    response_deadline: optional("responseDeadline"),
    http_config: optional("httpConfig"),
    event_bridge_config: optional("eventBridgeConfig"),
    enabled: optional("enabled"),
    filter: optional("filter"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for SubscriptionPutRequest {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.http_config, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.event_bridge_config, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
