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
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl Workflow {
    /// Builds a `Workflow` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(Workflow {
    id: optional::<String>(id),
    modified: optional::<crate::primitives::DateTime>(modified),
    modified_by: optional::<crate::WorkflowModifiedBy>(modified_by),
    execution_count: optional::<i32>(execution_count),
    failure_count: optional::<i32>(failure_count),
    created: optional::<crate::primitives::DateTime>(created),
    creator: optional::<crate::WorkflowCreator>(creator),
    name: optional::<String>(name),
    owner: optional::<crate::WorkflowBodyOwner>(owner),
    description: optional::<String>(description),
    definition: optional::<crate::WorkflowDefinition>(definition),
    enabled: optional::<bool>(enabled),
    trigger: optional::<crate::WorkflowTriggerBeta>(trigger),
});
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
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl WorkflowCreator {
    /// Builds a `WorkflowCreator` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(WorkflowCreator {
    r#type: optional::<crate::WorkflowCreatorType>(r#type),
    id: optional::<String>(id),
    name: optional::<String>(name),
});
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
