#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ApplicationItem {
    /// The unique identifier of the application.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<i64>,
    /// The display name of the application.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub name: Option<Option<String>>,
    /// A brief description of the application and its purpose.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub description: Option<Option<String>>,
    /// The type of the application.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub r#type: Option<Option<String>>,
    /// A list of tags associated with the application.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub tags: Option<Option<Vec<crate::TagV2025>>>,
    /// The status of the last connection test performed on the application.
    #[serde(
        rename = "testConnectionStatus",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub test_connection_status: Option<Option<String>>,
    /// The timestamp of the last connection test performed on the application, in milliseconds since epoch.
    #[serde(
        rename = "testConnectionDate",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub test_connection_date: Option<Option<i64>>,
    /// The identifier of the cluster used for crawling resources.
    #[serde(
        rename = "rcClusterId",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub rc_cluster_id: Option<Option<String>>,
    /// The identifier of the cluster used for data classification.
    #[serde(
        rename = "dcClusterId",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub dc_cluster_id: Option<Option<String>>,
    /// The identifier of the cluster used for permission collection.
    #[serde(
        rename = "pcClusterId",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub pc_cluster_id: Option<Option<String>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl ApplicationItem {
    /// Builds a `ApplicationItem` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
impl crate::serde_helpers::SchemaFit for ApplicationItem {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.tags, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
