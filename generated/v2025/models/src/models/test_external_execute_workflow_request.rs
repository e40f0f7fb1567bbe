#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct TestExternalExecuteWorkflowRequest {
    /// The test input for the workflow
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub input: Option<::serde_json::Value>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl TestExternalExecuteWorkflowRequest {
    /// Builds a `TestExternalExecuteWorkflowRequest` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `input`.
    pub fn input(mut self, value: impl Into<::serde_json::Value>) -> Self {
        self.input = Some(value.into());
        self
    }
}
impl crate::serde_helpers::SchemaFit for TestExternalExecuteWorkflowRequest {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.input, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
