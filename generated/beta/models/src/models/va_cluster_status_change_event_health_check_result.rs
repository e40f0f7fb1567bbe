/// Results of the most recent health check.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct VaClusterStatusChangeEventHealthCheckResult {
    /// Detailed message of the health check result..
    pub message: String,
    /// Health check result type.
    #[serde(rename = "resultType")]
    pub result_type: String,
    /// Health check status.
    pub status: crate::VaClusterStatusChangeEventHealthCheckResultStatus,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl VaClusterStatusChangeEventHealthCheckResult {
    /// Builds a `VaClusterStatusChangeEventHealthCheckResult` from its required fields; the others are unset.
    pub fn new(
        message: String,
        result_type: String,
        status: crate::VaClusterStatusChangeEventHealthCheckResultStatus,
    ) -> Self {
        Self {
            message,
            result_type,
            status,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit for VaClusterStatusChangeEventHealthCheckResult {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.status, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
