/// TimeoutConfig contains configurations around when the approval request should expire.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ApprovalConfigTimeoutConfig {
    /// Indicates if timeout is enabled.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
    /// Number of days until approval request times out. Max value is 90.
    #[serde(
        rename = "daysUntilTimeout",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub days_until_timeout: Option<i64>,
    /// Result of timeout.
    #[serde(rename = "timeoutResult", default, skip_serializing_if = "Option::is_none")]
    pub timeout_result: Option<crate::ApprovalConfigTimeoutConfigTimeoutResult>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl ApprovalConfigTimeoutConfig {
    /// Builds a `ApprovalConfigTimeoutConfig` with every field unset.
    pub fn new() -> Self {
        Self {
            enabled: None,
            days_until_timeout: None,
            timeout_result: None,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit for ApprovalConfigTimeoutConfig {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.timeout_result, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
