#[derive(Debug, Clone, PartialEq, Default)]
pub struct TestWorkflowResponse {
    /// The workflow execution id
    pub workflow_execution_id: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl TestWorkflowResponse {
    /// Builds a `TestWorkflowResponse` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(TestWorkflowResponse {
    workflow_execution_id: optional::<String>(workflow_execution_id),
});
crate::serde_helpers::serde_struct!(TestWorkflowResponse {
    workflow_execution_id: optional("workflowExecutionId"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for TestWorkflowResponse {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
