#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct VaClusterStatusChangeEvent {
    /// The date and time the status change occurred.
    pub created: crate::primitives::DateTime,
    /// The type of the object that initiated this event.
    pub r#type: crate::VaClusterStatusChangeEventType,
    /// Details about the `CLUSTER` or `SOURCE` that initiated this event.
    pub application: crate::VaClusterStatusChangeEventApplication,
    /// The results of the most recent health check.
    #[serde(rename = "healthCheckResult")]
    pub health_check_result: crate::VaClusterStatusChangeEventHealthCheckResult,
    /// The results of the last health check.
    #[serde(rename = "previousHealthCheckResult")]
    pub previous_health_check_result: crate::VaClusterStatusChangeEventPreviousHealthCheckResult,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl VaClusterStatusChangeEvent {
    /// Builds a `VaClusterStatusChangeEvent` from its required fields; the others are unset.
    pub fn new(
        created: crate::primitives::DateTime,
        r#type: crate::VaClusterStatusChangeEventType,
        application: crate::VaClusterStatusChangeEventApplication,
        health_check_result: crate::VaClusterStatusChangeEventHealthCheckResult,
        previous_health_check_result: crate::VaClusterStatusChangeEventPreviousHealthCheckResult,
    ) -> Self {
        Self {
            created,
            r#type,
            application,
            health_check_result,
            previous_health_check_result,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit for VaClusterStatusChangeEvent {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.application, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.health_check_result, fit);
        crate::serde_helpers::SchemaFit::add_fit(
            &self.previous_health_check_result,
            fit,
        );
        fit.undeclared += self.additional_properties.len();
    }
}
