#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct AccessProfileBulkDeleteResponse {
    /// ID of the task which is executing the bulk deletion. This can be passed to the **/task-status** API to track status.
    #[serde(rename = "taskId", default, skip_serializing_if = "Option::is_none")]
    pub task_id: Option<String>,
    /// List of IDs of Access Profiles which are pending deletion.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pending: Option<Vec<String>>,
    /// List of usages of Access Profiles targeted for deletion.
    #[serde(rename = "inUse", default, skip_serializing_if = "Option::is_none")]
    pub in_use: Option<Vec<crate::AccessProfileUsage>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl AccessProfileBulkDeleteResponse {
    /// Builds a `AccessProfileBulkDeleteResponse` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `task_id`.
    pub fn task_id(mut self, value: impl Into<String>) -> Self {
        self.task_id = Some(value.into());
        self
    }
    /// Sets `pending`.
    pub fn pending(mut self, value: impl Into<Vec<String>>) -> Self {
        self.pending = Some(value.into());
        self
    }
    /// Sets `in_use`.
    pub fn in_use(mut self, value: impl Into<Vec<crate::AccessProfileUsage>>) -> Self {
        self.in_use = Some(value.into());
        self
    }
}
impl crate::serde_helpers::SchemaFit for AccessProfileBulkDeleteResponse {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.in_use, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
