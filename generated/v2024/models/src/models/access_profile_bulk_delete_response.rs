#[derive(Debug, Clone, PartialEq, Default)]
pub struct AccessProfileBulkDeleteResponse {
    /// ID of the task which is executing the bulk deletion. This can be passed to the **/task-status** API to track status.
    pub task_id: Option<String>,
    /// List of IDs of Access Profiles which are pending deletion.
    pub pending: Option<Vec<String>>,
    /// List of usages of Access Profiles targeted for deletion.
    pub in_use: Option<Vec<crate::AccessProfileUsage>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl AccessProfileBulkDeleteResponse {
    /// Builds a `AccessProfileBulkDeleteResponse` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(AccessProfileBulkDeleteResponse {
    task_id: optional::<String>(task_id),
    pending: optional::<Vec<String>>(pending),
    in_use: optional::<Vec<crate::AccessProfileUsage>>(in_use),
});
crate::serde_helpers::serde_struct!(AccessProfileBulkDeleteResponse {
    task_id: optional("taskId"),
    pending: optional("pending"),
    in_use: optional("inUse"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for AccessProfileBulkDeleteResponse {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.in_use, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
