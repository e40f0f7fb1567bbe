/// Configuration for escalations.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ApprovalConfigEscalationConfig {
    /// Indicates if escalations are enabled.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
    /// Number of days until the first escalation.
    #[serde(
        rename = "daysUntilFirstEscalation",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub days_until_first_escalation: Option<i64>,
    /// Cron schedule for escalations.
    #[serde(
        rename = "escalationCronSchedule",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub escalation_cron_schedule: Option<String>,
    /// Escalation chain configuration.
    #[serde(
        rename = "escalationChain",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub escalation_chain: Option<
        Vec<crate::ApprovalConfigEscalationConfigEscalationChainItem>,
    >,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl ApprovalConfigEscalationConfig {
    /// Builds a `ApprovalConfigEscalationConfig` with every field unset.
    pub fn new() -> Self {
        Self {
            enabled: None,
            days_until_first_escalation: None,
            escalation_cron_schedule: None,
            escalation_chain: None,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit for ApprovalConfigEscalationConfig {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.escalation_chain, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
