#[derive(Debug, Clone, PartialEq)]
pub struct EventBridgeConfig {
    /// AWS Account Number (12-digit number) that has the EventBridge Partner Event Source Resource.
    pub aws_account: String,
    /// AWS Region that has the EventBridge Partner Event Source Resource. See <https://docs.aws.amazon.com/general/latest/gr/rande.html> for a full list of available values.
    pub aws_region: String,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl EventBridgeConfig {
    /// Builds a `EventBridgeConfig` from its required fields; the others are unset.
    pub fn new(aws_account: impl Into<String>, aws_region: impl Into<String>) -> Self {
        Self {
            aws_account: aws_account.into(),
            aws_region: aws_region.into(),
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::serde_struct!(EventBridgeConfig {
    aws_account: required("awsAccount"),
    aws_region: required("awsRegion"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for EventBridgeConfig {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
