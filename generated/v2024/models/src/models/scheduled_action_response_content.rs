/// Content details for the scheduled action.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ScheduledActionResponseContent {
    /// Name of the scheduled action (maximum 50 characters).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Options for BACKUP type jobs. Optional, applicable for BACKUP jobs only.
    #[serde(rename = "backupOptions", default, skip_serializing_if = "Option::is_none")]
    pub backup_options: Option<crate::ScheduledActionResponseContentBackupOptions>,
    /// ID of the source backup. Required for CREATE_DRAFT jobs only.
    #[serde(rename = "sourceBackupId", default, skip_serializing_if = "Option::is_none")]
    pub source_backup_id: Option<String>,
    /// Source tenant identifier. Required for CREATE_DRAFT jobs only.
    #[serde(rename = "sourceTenant", default, skip_serializing_if = "Option::is_none")]
    pub source_tenant: Option<String>,
    /// ID of the draft to be deployed. Required for CONFIG_DEPLOY_DRAFT jobs only.
    #[serde(rename = "draftId", default, skip_serializing_if = "Option::is_none")]
    pub draft_id: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl ScheduledActionResponseContent {
    /// Builds a `ScheduledActionResponseContent` with every field unset.
    pub fn new() -> Self {
        Self {
            name: None,
            backup_options: None,
            source_backup_id: None,
            source_tenant: None,
            draft_id: None,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit for ScheduledActionResponseContent {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.backup_options, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
