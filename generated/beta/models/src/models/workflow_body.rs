#[derive(Debug, Clone, PartialEq, Default)]
pub struct WorkflowBody {
    /// The name of the workflow
    pub name: Option<String>,
    /// The identity that owns the workflow.  The owner's permissions in IDN will determine what actions the workflow is allowed to perform.  Ownership can be changed by updating the owner in a PUT or PATCH request.
    pub owner: Option<crate::WorkflowBodyOwner>,
    /// Description of what the workflow accomplishes
    pub description: Option<String>,
    pub definition: Option<crate::WorkflowDefinition>,
    /// Enable or disable the workflow.  Workflows cannot be created in an enabled state.
    pub enabled: Option<bool>,
    /// Workflow Trigger.
    pub trigger: Option<crate::WorkflowTriggerBeta>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl WorkflowBody {
    /// Builds a `WorkflowBody` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(WorkflowBody {
    name: optional::<String>(name),
    owner: optional::<crate::WorkflowBodyOwner>(owner),
    description: optional::<String>(description),
    definition: optional::<crate::WorkflowDefinition>(definition),
    enabled: optional::<bool>(enabled),
    trigger: optional::<crate::WorkflowTriggerBeta>(trigger),
});
crate::serde_helpers::serde_struct!(WorkflowBody {
    name: optional("name"),
    owner: optional("owner"),
    description: optional("description"),
    definition: optional("definition"),
    enabled: optional("enabled"),
    trigger: optional("trigger"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for WorkflowBody {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.owner, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.definition, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.trigger, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
