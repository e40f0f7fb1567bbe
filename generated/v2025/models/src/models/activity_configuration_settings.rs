/// Includes the fields of [`BaseSettings`](crate::BaseSettings).
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ActivityConfigurationSettings {
    /// Indicates whether the feature or configuration is enabled.
    #[serde(rename = "isEnabled", default, skip_serializing_if = "Option::is_none")]
    pub is_enabled: Option<bool>,
    /// The identifier of the cluster associated with this configuration, if applicable.
    #[serde(
        rename = "clusterId",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub cluster_id: Option<Option<String>>,
    /// The time period for retaining activity logs.
    #[serde(
        rename = "retentionTimePeriod",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub retention_time_period: Option<i32>,
    /// The type of retention period (e.g., days, months, years).
    #[serde(
        rename = "retentionTimeType",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub retention_time_type: Option<Option<String>>,
    /// List of user identifiers to exclude from activity tracking.
    #[serde(
        rename = "excludeUsers",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub exclude_users: Option<Option<Vec<String>>>,
    /// List of folder paths to exclude from activity tracking.
    #[serde(
        rename = "excludeFolders",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub exclude_folders: Option<Option<Vec<String>>>,
    /// List of file extensions to exclude from activity tracking.
    #[serde(
        rename = "excludeFileExtensions",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub exclude_file_extensions: Option<Option<Vec<String>>>,
    /// List of actions to exclude from activity tracking.
    #[serde(
        rename = "excludeActions",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub exclude_actions: Option<Option<Vec<String>>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl ActivityConfigurationSettings {
    /// Builds a `ActivityConfigurationSettings` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
impl crate::serde_helpers::SchemaFit for ActivityConfigurationSettings {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
