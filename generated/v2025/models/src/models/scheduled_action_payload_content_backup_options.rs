/// Options for BACKUP type jobs. Required for BACKUP jobs.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ScheduledActionPayloadContentBackupOptions {
    /// Object types that are to be included in the backup.
    #[serde(rename = "includeTypes", default, skip_serializing_if = "Option::is_none")]
    pub include_types: Option<Vec<String>>,
    /// Map of objectType string to the options to be passed to the target service for that objectType.
    #[serde(rename = "objectOptions", default, skip_serializing_if = "Option::is_none")]
    pub object_options: Option<
        ::indexmap::IndexMap<
            String,
            crate::ScheduledActionPayloadContentBackupOptionsObjectOptionsValue,
        >,
    >,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl ScheduledActionPayloadContentBackupOptions {
    /// Builds a `ScheduledActionPayloadContentBackupOptions` with every field unset.
    pub fn new() -> Self {
        Self {
            include_types: None,
            object_options: None,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit for ScheduledActionPayloadContentBackupOptions {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.object_options, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
