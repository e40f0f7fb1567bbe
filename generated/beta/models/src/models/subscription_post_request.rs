#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct SubscriptionPostRequest {
    /// Subscription name.
    pub name: String,
    /// Subscription description.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// ID of trigger subscribed to.
    #[serde(rename = "triggerId")]
    pub trigger_id: String,
    pub r#type: crate::SubscriptionType,
    /// Deadline for completing REQUEST_RESPONSE trigger invocation, represented in ISO-8601 duration format.
    #[serde(
        rename = "responseDeadline",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub response_deadline: Option<String>,
    /// Config required if HTTP subscription type is used.
    #[serde(rename = "httpConfig", default, skip_serializing_if = "Option::is_none")]
    pub http_config: Option<crate::HttpConfig>,
    /// Config required if EVENTBRIDGE subscription type is used.
    #[serde(
        rename = "eventBridgeConfig",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub event_bridge_config: Option<crate::EventBridgeConfig>,
    /// Whether subscription should receive real-time trigger invocations or not.
    ///
    /// Test trigger invocations are always enabled regardless of this option.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
    /// JSONPath filter to conditionally invoke trigger when expression evaluates to true.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filter: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl SubscriptionPostRequest {
    /// Builds a `SubscriptionPostRequest` from its required fields; the others are unset.
    pub fn new(
        name: String,
        trigger_id: String,
        r#type: crate::SubscriptionType,
    ) -> Self {
        Self {
            name,
            description: None,
            trigger_id,
            r#type,
            response_deadline: None,
            http_config: None,
            event_bridge_config: None,
            enabled: None,
            filter: None,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit for SubscriptionPostRequest {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.http_config, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.event_bridge_config, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
