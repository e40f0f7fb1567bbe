#[derive(Debug, Clone, PartialEq)]
pub struct Subscription {
    /// Subscription ID.
    pub id: String,
    /// Subscription name.
    pub name: String,
    /// Subscription description.
    pub description: Option<String>,
    /// ID of trigger subscribed to.
    pub trigger_id: String,
    /// Trigger name of trigger subscribed to.
    pub trigger_name: String,
    pub r#type: crate::SubscriptionType,
    /// Deadline for completing REQUEST_RESPONSE trigger invocation, represented in ISO-8601 duration format.
    pub response_deadline: Option<String>,
    /// Config required if HTTP subscription type is used.
    pub http_config: Option<crate::HttpConfig>,
    /// Config required if EVENTBRIDGE subscription type is used.
    pub event_bridge_config: Option<crate::EventBridgeConfig>,
    /// Whether subscription should receive real-time trigger invocations or not.
    /// Test trigger invocations are always enabled regardless of this option.
    pub enabled: bool,
    /// JSONPath filter to conditionally invoke trigger when expression evaluates to true.
    pub filter: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl Subscription {
    /// Builds a `Subscription` from its required fields; the others are unset.
    pub fn new(
        id: impl Into<String>,
        name: impl Into<String>,
        trigger_id: impl Into<String>,
        trigger_name: impl Into<String>,
        r#type: impl Into<crate::SubscriptionType>,
        enabled: impl Into<bool>,
    ) -> Self {
        Self {
            id: id.into(),
            name: name.into(),
            description: None,
            trigger_id: trigger_id.into(),
            trigger_name: trigger_name.into(),
            r#type: r#type.into(),
            response_deadline: None,
            http_config: None,
            event_bridge_config: None,
            enabled: enabled.into(),
            filter: None,
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::setters!(Subscription {
    description: optional::<String>(description),
    response_deadline: optional::<String>(response_deadline),
    http_config: optional::<crate::HttpConfig>(http_config),
    event_bridge_config: optional::<crate::EventBridgeConfig>(event_bridge_config),
    filter: optional::<String>(filter),
});
crate::serde_helpers::serde_struct!(Subscription {
    id: required("id"),
    name: required("name"),
    description: optional("description"),
    trigger_id: required("triggerId"),
    trigger_name: required("triggerName"),
    r#type: required("type"),
    response_deadline: optional("responseDeadline"),
    http_config: optional("httpConfig"),
    event_bridge_config: optional("eventBridgeConfig"),
    enabled: required("enabled"),
    filter: optional("filter"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for Subscription {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.http_config, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.event_bridge_config, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
