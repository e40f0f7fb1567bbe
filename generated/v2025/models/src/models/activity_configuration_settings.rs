/// Includes the fields of [`BaseSettings`](crate::BaseSettings).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ActivityConfigurationSettings {
    /// Indicates whether the feature or configuration is enabled.
    pub is_enabled: Option<bool>,
    /// The identifier of the cluster associated with this configuration, if applicable.
    pub cluster_id: Option<Option<String>>,
    /// The time period for retaining activity logs.
    pub retention_time_period: Option<i32>,
    /// The type of retention period (e.g., days, months, years).
    pub retention_time_type: Option<Option<String>>,
    /// List of user identifiers to exclude from activity tracking.
    pub exclude_users: Option<Option<Vec<String>>>,
    /// List of folder paths to exclude from activity tracking.
    pub exclude_folders: Option<Option<Vec<String>>>,
    /// List of file extensions to exclude from activity tracking.
    pub exclude_file_extensions: Option<Option<Vec<String>>>,
    /// List of actions to exclude from activity tracking.
    pub exclude_actions: Option<Option<Vec<String>>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl ActivityConfigurationSettings {
    /// Builds a `ActivityConfigurationSettings` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(ActivityConfigurationSettings {
    is_enabled: optional::<bool>(is_enabled),
    cluster_id: nullable::<String>(cluster_id, cluster_id_null),
    retention_time_period: optional::<i32>(retention_time_period),
    retention_time_type: nullable::<String>(retention_time_type, retention_time_type_null),
    exclude_users: nullable::<Vec<String>>(exclude_users, exclude_users_null),
    exclude_folders: nullable::<Vec<String>>(exclude_folders, exclude_folders_null),
    exclude_file_extensions: nullable::<Vec<String>>(exclude_file_extensions, exclude_file_extensions_null),
    exclude_actions: nullable::<Vec<String>>(exclude_actions, exclude_actions_null),
});
crate::serde_helpers::serde_struct!(ActivityConfigurationSettings {
    is_enabled: optional("isEnabled"),
    cluster_id: nullable("clusterId"),
    retention_time_period: optional("retentionTimePeriod"),
    retention_time_type: nullable("retentionTimeType"),
    exclude_users: nullable("excludeUsers"),
    exclude_folders: nullable("excludeFolders"),
    exclude_file_extensions: nullable("excludeFileExtensions"),
    exclude_actions: nullable("excludeActions"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for ActivityConfigurationSettings {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
