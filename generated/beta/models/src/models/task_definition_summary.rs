/// Definition of a type of task, used to invoke tasks
#[derive(Debug, Clone, PartialEq)]
pub struct TaskDefinitionSummary {
    /// System-generated unique ID of the TaskDefinition
    pub id: String,
    /// Name of the TaskDefinition
    pub unique_name: String,
    /// Description of the TaskDefinition
    pub description: Option<String>,
    /// Name of the parent of the TaskDefinition
    pub parent_name: String,
    /// Executor of the TaskDefinition
    pub executor: Option<String>,
    /// Formal parameters of the TaskDefinition, without values
    pub arguments: ::serde_json::Value,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl TaskDefinitionSummary {
    /// Builds a `TaskDefinitionSummary` from its required fields; the others are unset.
    pub fn new(
        id: impl Into<String>,
        unique_name: impl Into<String>,
        description: impl Into<Option<String>>,
        parent_name: impl Into<String>,
        executor: impl Into<Option<String>>,
        arguments: impl Into<::serde_json::Value>,
    ) -> Self {
        Self {
            id: id.into(),
            unique_name: unique_name.into(),
            description: description.into(),
            parent_name: parent_name.into(),
            executor: executor.into(),
            arguments: arguments.into(),
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::serde_struct!(TaskDefinitionSummary {
    id: required("id"),
    unique_name: required("uniqueName"),
    description: required("description"),
    parent_name: required("parentName"),
    executor: required("executor"),
    arguments: required("arguments"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for TaskDefinitionSummary {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.arguments, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
