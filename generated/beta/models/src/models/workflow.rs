/// Includes the fields of [`WorkflowBody`](crate::WorkflowBody).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Workflow {
    /// Workflow ID. This is a UUID generated upon creation.
    pub id: Option<String>,
    /// The date and time the workflow was modified.
    pub modified: Option<crate::primitives::DateTime>,
    pub modified_by: Option<crate::WorkflowModifiedBy>,
    /// The number of times this workflow has been executed.
    pub execution_count: Option<i32>,
    /// The number of times this workflow has failed during execution.
    pub failure_count: Option<i32>,
    /// The date and time the workflow was created.
    pub created: Option<crate::primitives::DateTime>,
    /// Workflow creator's identity.
    pub creator: Option<crate::WorkflowCreator>,
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
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl Workflow {
    /// Builds a `Workflow` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `id`.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
    /// Sets `modified`.
    pub fn modified(mut self, value: impl Into<crate::primitives::DateTime>) -> Self {
        self.modified = Some(value.into());
        self
    }
    /// Sets `modified_by`.
    pub fn modified_by(mut self, value: impl Into<crate::WorkflowModifiedBy>) -> Self {
        self.modified_by = Some(value.into());
        self
    }
    /// Sets `execution_count`.
    pub fn execution_count(mut self, value: impl Into<i32>) -> Self {
        self.execution_count = Some(value.into());
        self
    }
    /// Sets `failure_count`.
    pub fn failure_count(mut self, value: impl Into<i32>) -> Self {
        self.failure_count = Some(value.into());
        self
    }
    /// Sets `created`.
    pub fn created(mut self, value: impl Into<crate::primitives::DateTime>) -> Self {
        self.created = Some(value.into());
        self
    }
    /// Sets `creator`.
    pub fn creator(mut self, value: impl Into<crate::WorkflowCreator>) -> Self {
        self.creator = Some(value.into());
        self
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
    pub fn trigger(mut self, value: impl Into<crate::WorkflowTriggerBeta>) -> Self {
        self.trigger = Some(value.into());
        self
    }
}
crate::serde_helpers::serde_struct!(Workflow {
    id: optional("id"),
    modified: optional("modified"),
    modified_by: optional("modifiedBy"),
    execution_count: optional("executionCount"),
    failure_count: optional("failureCount"),
    created: optional("created"),
    creator: optional("creator"),
    name: optional("name"),
    owner: optional("owner"),
    description: optional("description"),
    definition: optional("definition"),
    enabled: optional("enabled"),
    trigger: optional("trigger"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for Workflow {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.modified_by, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.creator, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.owner, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.definition, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.trigger, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// Workflow creator's identity.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct WorkflowCreator {
    /// Workflow creator's DTO type.
    pub r#type: Option<crate::WorkflowCreatorType>,
    /// Workflow creator's identity ID.
    pub id: Option<String>,
    /// Workflow creator's display name.
    pub name: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl WorkflowCreator {
    /// Builds a `WorkflowCreator` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `type`.
    pub fn r#type(mut self, value: impl Into<crate::WorkflowCreatorType>) -> Self {
        self.r#type = Some(value.into());
        self
    }
    /// Sets `id`.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
}
crate::serde_helpers::serde_struct!(WorkflowCreator {
    r#type: optional("type"),
    id: optional("id"),
    name: optional("name"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for WorkflowCreator {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// Workflow creator's DTO type.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum WorkflowCreatorType {
    /// `IDENTITY`
    Identity,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl WorkflowCreatorType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Identity => "IDENTITY",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for WorkflowCreatorType {
    fn from(value: &str) -> Self {
        match value {
            "IDENTITY" => Self::Identity,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(WorkflowCreatorType);
