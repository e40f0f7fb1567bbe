#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetWorkflowExecutionHistoryV2Response {
    /// The workflow definition for the workflow execution
    pub definition: Option<crate::WorkflowDefinition>,
    /// List of workflow execution events for the given workflow execution
    pub history: Option<crate::WorkflowExecutionEvent>,
    /// The trigger that initiated the workflow execution
    pub trigger: Option<crate::WorkflowTriggerV2025>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl GetWorkflowExecutionHistoryV2Response {
    /// Builds a `GetWorkflowExecutionHistoryV2Response` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(GetWorkflowExecutionHistoryV2Response {
    definition: optional::<crate::WorkflowDefinition>(definition),
    history: optional::<crate::WorkflowExecutionEvent>(history),
    trigger: optional::<crate::WorkflowTriggerV2025>(trigger),
});
crate::serde_helpers::serde_struct!(GetWorkflowExecutionHistoryV2Response {
    definition: optional("definition"),
    history: optional("history"),
    trigger: optional("trigger"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for GetWorkflowExecutionHistoryV2Response {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.definition, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.history, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.trigger, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
