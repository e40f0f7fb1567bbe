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
    pub trigger: Option<crate::WorkflowTriggerV3>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl WorkflowBody {
    /// Builds a `WorkflowBody` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
    /// Sets `owner`.
    pub fn owner(mut self, value: impl Into<crate::WorkflowBodyOwner>) -> Self {
        self.owner = Some(value.into());
        self
    }
    /// Sets `description`.
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }
    /// Sets `definition`.
    pub fn definition(mut self, value: impl Into<crate::WorkflowDefinition>) -> Self {
        self.definition = Some(value.into());
        self
    }
    /// Sets `enabled`.
    pub fn enabled(mut self, value: impl Into<bool>) -> Self {
        self.enabled = Some(value.into());
        self
    }
    /// Sets `trigger`.
    pub fn trigger(mut self, value: impl Into<crate::WorkflowTriggerV3>) -> Self {
        self.trigger = Some(value.into());
        self
    }
}
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
