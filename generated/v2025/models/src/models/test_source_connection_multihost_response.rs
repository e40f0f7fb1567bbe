#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct TestSourceConnectionMultihostResponse {
    /// Source's test connection status.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub success: Option<bool>,
    /// Source's test connection message.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    /// Source's test connection timing.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timing: Option<i64>,
    /// Source's human-readable result type.
    #[serde(rename = "resultType", default, skip_serializing_if = "Option::is_none")]
    pub result_type: Option<crate::TestSourceConnectionMultihostResponseResultType>,
    /// Source's human-readable test connection details.
    #[serde(
        rename = "testConnectionDetails",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub test_connection_details: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl TestSourceConnectionMultihostResponse {
    /// Builds a `TestSourceConnectionMultihostResponse` with every field unset.
    pub fn new() -> Self {
        Self {
            success: None,
            message: None,
            timing: None,
            result_type: None,
            test_connection_details: None,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit for TestSourceConnectionMultihostResponse {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.result_type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
