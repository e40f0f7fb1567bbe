/// The map of steps that the workflow will execute.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct WorkflowDefinition {
    /// The name of the starting step.
    pub start: Option<String>,
    /// One or more step objects that comprise this workflow.  Please see the Workflow documentation to see the JSON schema for each step type.
    pub steps: Option<::serde_json::Value>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl WorkflowDefinition {
    /// Builds a `WorkflowDefinition` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(WorkflowDefinition {
    start: optional::<String>(start),
    steps: optional::<::serde_json::Value>(steps),
});
crate::serde_helpers::serde_struct!(WorkflowDefinition {
    start: optional("start"),
    steps: nullable("steps"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for WorkflowDefinition {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.steps, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
