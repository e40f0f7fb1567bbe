/// Extra attributes map(dictionary) for the task.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct LoadUncorrelatedAccountsTaskTaskAttributes {
    /// The id of qpoc job
    #[serde(rename = "qpocJobId", default, skip_serializing_if = "Option::is_none")]
    pub qpoc_job_id: Option<String>,
    /// the task start delay value
    #[serde(
        rename = "taskStartDelay",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub task_start_delay: Option<::serde_json::Value>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl LoadUncorrelatedAccountsTaskTaskAttributes {
    /// Builds a `LoadUncorrelatedAccountsTaskTaskAttributes` with every field unset.
    pub fn new() -> Self {
        Self {
            qpoc_job_id: None,
            task_start_delay: None,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit for LoadUncorrelatedAccountsTaskTaskAttributes {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.task_start_delay, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
