#[derive(Debug, Clone, PartialEq, Default)]
pub struct TestExternalExecuteWorkflowResponse {
    /// The input that was received
    pub payload: Option<::serde_json::Value>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl TestExternalExecuteWorkflowResponse {
    /// Builds a `TestExternalExecuteWorkflowResponse` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(TestExternalExecuteWorkflowResponse {
    payload: optional::<::serde_json::Value>(payload),
});
crate::serde_helpers::serde_struct!(TestExternalExecuteWorkflowResponse {
    payload: nullable("payload"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for TestExternalExecuteWorkflowResponse {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.payload, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
