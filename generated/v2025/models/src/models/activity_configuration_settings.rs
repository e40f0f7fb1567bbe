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
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl ActivityConfigurationSettings {
    /// Builds a `ActivityConfigurationSettings` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `is_enabled`.
    pub fn is_enabled(mut self, value: impl Into<bool>) -> Self {
        self.is_enabled = Some(value.into());
        self
    }
    /// Sets `cluster_id`.
    pub fn cluster_id(mut self, value: impl Into<String>) -> Self {
        self.cluster_id = Some(Some(value.into()));
        self
    }
    /// Sets `cluster_id` to an explicit `null`.
    pub fn cluster_id_null(mut self) -> Self {
        self.cluster_id = Some(None);
        self
    }
    /// Sets `retention_time_period`.
    pub fn retention_time_period(mut self, value: impl Into<i32>) -> Self {
        self.retention_time_period = Some(value.into());
        self
    }
    /// Sets `retention_time_type`.
    pub fn retention_time_type(mut self, value: impl Into<String>) -> Self {
        self.retention_time_type = Some(Some(value.into()));
        self
    }
    /// Sets `retention_time_type` to an explicit `null`.
    pub fn retention_time_type_null(mut self) -> Self {
        self.retention_time_type = Some(None);
        self
    }
    /// Sets `exclude_users`.
    pub fn exclude_users(mut self, value: impl Into<Vec<String>>) -> Self {
        self.exclude_users = Some(Some(value.into()));
        self
    }
    /// Sets `exclude_users` to an explicit `null`.
    pub fn exclude_users_null(mut self) -> Self {
        self.exclude_users = Some(None);
        self
    }
    /// Sets `exclude_folders`.
    pub fn exclude_folders(mut self, value: impl Into<Vec<String>>) -> Self {
        self.exclude_folders = Some(Some(value.into()));
        self
    }
    /// Sets `exclude_folders` to an explicit `null`.
    pub fn exclude_folders_null(mut self) -> Self {
        self.exclude_folders = Some(None);
        self
    }
    /// Sets `exclude_file_extensions`.
    pub fn exclude_file_extensions(mut self, value: impl Into<Vec<String>>) -> Self {
        self.exclude_file_extensions = Some(Some(value.into()));
        self
    }
    /// Sets `exclude_file_extensions` to an explicit `null`.
    pub fn exclude_file_extensions_null(mut self) -> Self {
        self.exclude_file_extensions = Some(None);
        self
    }
    /// Sets `exclude_actions`.
    pub fn exclude_actions(mut self, value: impl Into<Vec<String>>) -> Self {
        self.exclude_actions = Some(Some(value.into()));
        self
    }
    /// Sets `exclude_actions` to an explicit `null`.
    pub fn exclude_actions_null(mut self) -> Self {
        self.exclude_actions = Some(None);
        self
    }
}
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
