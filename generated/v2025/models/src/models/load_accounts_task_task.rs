#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct LoadAccountsTaskTask {
    /// System-generated unique ID of the task this taskStatus represents
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Type of task this task represents
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    /// The name of the aggregation process
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The description of the task
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The user who initiated the task
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub launcher: Option<String>,
    /// The Task creation date
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created: Option<crate::primitives::DateTime>,
    /// The task start date
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub launched: Option<Option<crate::primitives::DateTime>>,
    /// The task completion date
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub completed: Option<Option<crate::primitives::DateTime>>,
    /// Task completion status.
    #[serde(
        rename = "completionStatus",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub completion_status: Option<Option<crate::LoadAccountsTaskTaskCompletionStatus>>,
    /// Name of the parent task if exists.
    #[serde(
        rename = "parentName",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub parent_name: Option<Option<String>>,
    /// List of the messages dedicated to the report.  From task definition perspective here usually should be warnings or errors.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub messages: Option<Vec<crate::LoadAccountsTaskTaskMessagesItem>>,
    /// Current task state.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub progress: Option<Option<String>>,
    /// Extra attributes map(dictionary) for the task.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attributes: Option<crate::LoadAccountsTaskTaskAttributes>,
    /// Return values from the task
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub returns: Option<Vec<crate::LoadAccountsTaskTaskReturnsItem>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl LoadAccountsTaskTask {
    /// Builds a `LoadAccountsTaskTask` with every field unset.
    pub fn new() -> Self {
        Self {
            id: None,
            r#type: None,
            name: None,
            description: None,
            launcher: None,
            created: None,
            launched: None,
            completed: None,
            completion_status: None,
            parent_name: None,
            messages: None,
            progress: None,
            attributes: None,
            returns: None,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit for LoadAccountsTaskTask {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.completion_status, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.messages, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.attributes, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.returns, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
