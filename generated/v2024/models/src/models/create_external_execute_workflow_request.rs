#[derive(Debug, Clone, PartialEq, Default)]
pub struct CreateExternalExecuteWorkflowRequest {
    /// The input for the workflow
    pub input: Option<::serde_json::Value>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl CreateExternalExecuteWorkflowRequest {
    /// Builds a `CreateExternalExecuteWorkflowRequest` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(CreateExternalExecuteWorkflowRequest {
    input: optional::<::serde_json::Value>(input),
});
crate::serde_helpers::serde_struct!(CreateExternalExecuteWorkflowRequest {
    input: nullable("input"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for CreateExternalExecuteWorkflowRequest {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.input, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
