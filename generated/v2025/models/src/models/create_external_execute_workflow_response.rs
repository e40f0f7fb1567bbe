#[derive(Debug, Clone, PartialEq, Default)]
pub struct CreateExternalExecuteWorkflowResponse {
    /// The workflow execution id
    pub workflow_execution_id: Option<String>,
    /// An error message if any errors occurred
    pub message: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl CreateExternalExecuteWorkflowResponse {
    /// Builds a `CreateExternalExecuteWorkflowResponse` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(CreateExternalExecuteWorkflowResponse {
    workflow_execution_id: optional::<String>(workflow_execution_id),
    message: optional::<String>(message),
});
crate::serde_helpers::serde_struct!(CreateExternalExecuteWorkflowResponse {
    workflow_execution_id: optional("workflowExecutionId"),
    message: optional("message"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for CreateExternalExecuteWorkflowResponse {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
