#[derive(Debug, Clone, PartialEq)]
pub struct TestWorkflowRequest {
    /// The test input for the workflow.
    pub input: ::serde_json::Value,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl TestWorkflowRequest {
    /// Builds a `TestWorkflowRequest` from its required fields; the others are unset.
    pub fn new(input: impl Into<::serde_json::Value>) -> Self {
        Self {
            input: input.into(),
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::serde_struct!(TestWorkflowRequest {
    input: required("input"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for TestWorkflowRequest {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.input, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
