#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ScheduledActionPayloadContent {
    /// Name of the scheduled action (maximum 50 characters).
    pub name: String,
    /// Options for BACKUP type jobs. Required for BACKUP jobs.
    #[serde(rename = "backupOptions", default, skip_serializing_if = "Option::is_none")]
    pub backup_options: Option<crate::ScheduledActionPayloadContentBackupOptions>,
    /// ID of the source backup. Required for CREATE_DRAFT jobs.
    #[serde(rename = "sourceBackupId", default, skip_serializing_if = "Option::is_none")]
    pub source_backup_id: Option<String>,
    /// Source tenant identifier. Required for CREATE_DRAFT jobs.
    #[serde(rename = "sourceTenant", default, skip_serializing_if = "Option::is_none")]
    pub source_tenant: Option<String>,
    /// ID of the draft to be deployed. Required for CONFIG_DEPLOY_DRAFT jobs.
    #[serde(rename = "draftId", default, skip_serializing_if = "Option::is_none")]
    pub draft_id: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl ScheduledActionPayloadContent {
    /// Builds a `ScheduledActionPayloadContent` from its required fields; the others are unset.
    pub fn new(name: String) -> Self {
        Self {
            name,
            backup_options: None,
            source_backup_id: None,
            source_tenant: None,
            draft_id: None,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit for ScheduledActionPayloadContent {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.backup_options, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
