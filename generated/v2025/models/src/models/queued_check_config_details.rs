/// Configuration of maximum number of days and interval for checking Service Desk integration queue status.
#[derive(Debug, Clone, PartialEq)]
pub struct QueuedCheckConfigDetails {
    /// Interval in minutes between status checks
    pub provisioning_status_check_interval_minutes: String,
    /// Maximum number of days to check
    pub provisioning_max_status_check_days: String,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl QueuedCheckConfigDetails {
    /// Builds a `QueuedCheckConfigDetails` from its required fields; the others are unset.
    pub fn new(
        provisioning_status_check_interval_minutes: impl Into<String>,
        provisioning_max_status_check_days: impl Into<String>,
    ) -> Self {
        Self {
            provisioning_status_check_interval_minutes: provisioning_status_check_interval_minutes
                .into(),
            provisioning_max_status_check_days: provisioning_max_status_check_days
                .into(),
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::serde_struct!(QueuedCheckConfigDetails {
    provisioning_status_check_interval_minutes: required("provisioningStatusCheckIntervalMinutes"),
    provisioning_max_status_check_days: required("provisioningMaxStatusCheckDays"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for QueuedCheckConfigDetails {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
