/// Role Propagation Status Response
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct RolePropagationStatusResponse {
    /// Id of the Role Propagation process triggered.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Status of the Role Propagation process.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<crate::RolePropagationStatusResponseStatus>,
    /// Current execution stage of the Role Propagation process.
    #[serde(rename = "executionStage", default, skip_serializing_if = "Option::is_none")]
    pub execution_stage: Option<crate::RolePropagationStatusResponseExecutionStage>,
    /// Time when the Role Propagation process was launched.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub launched: Option<crate::primitives::DateTime>,
    /// Identity who launched the Role Propagation process.
    #[serde(rename = "launchedBy", default, skip_serializing_if = "Option::is_none")]
    pub launched_by: Option<crate::RolePropagationStatusResponseLaunchedBy>,
    /// Identity who terminated the Role Propagation process.
    #[serde(rename = "terminatedBy", default, skip_serializing_if = "Option::is_none")]
    pub terminated_by: Option<crate::RolePropagationStatusResponseTerminatedBy>,
    /// Time when the Role Propagation process was completed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub completed: Option<crate::primitives::DateTime>,
    /// Reason for failure if the Role Propagation process failed.
    #[serde(rename = "failureReason", default, skip_serializing_if = "Option::is_none")]
    pub failure_reason: Option<String>,
    /// Indicates if the role refresh was skipped during the Role Propagation process.
    #[serde(
        rename = "skipRoleRefresh",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub skip_role_refresh: Option<bool>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl RolePropagationStatusResponse {
    /// Builds a `RolePropagationStatusResponse` with every field unset.
    pub fn new() -> Self {
        Self {
            id: None,
            status: None,
            execution_stage: None,
            launched: None,
            launched_by: None,
            terminated_by: None,
            completed: None,
            failure_reason: None,
            skip_role_refresh: None,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit for RolePropagationStatusResponse {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.status, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.execution_stage, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.launched_by, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.terminated_by, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
