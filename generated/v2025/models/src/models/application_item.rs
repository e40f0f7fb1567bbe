#[derive(Debug, Clone, PartialEq, Default)]
pub struct ApplicationItem {
    /// The unique identifier of the application.
    pub id: Option<i64>,
    /// The display name of the application.
    pub name: Option<Option<String>>,
    /// A brief description of the application and its purpose.
    pub description: Option<Option<String>>,
    /// The type of the application.
    pub r#type: Option<Option<String>>,
    /// A list of tags associated with the application.
    pub tags: Option<Option<Vec<crate::TagV2025>>>,
    /// The status of the last connection test performed on the application.
    pub test_connection_status: Option<Option<String>>,
    /// The timestamp of the last connection test performed on the application, in milliseconds since epoch.
    pub test_connection_date: Option<Option<i64>>,
    /// The identifier of the cluster used for crawling resources.
    pub rc_cluster_id: Option<Option<String>>,
    /// The identifier of the cluster used for data classification.
    pub dc_cluster_id: Option<Option<String>>,
    /// The identifier of the cluster used for permission collection.
    pub pc_cluster_id: Option<Option<String>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl ApplicationItem {
    /// Builds a `ApplicationItem` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `id`.
    pub fn id(mut self, value: impl Into<i64>) -> Self {
        self.id = Some(value.into());
        self
    }
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(Some(value.into()));
        self
    }
    /// Sets `name` to an explicit `null`.
    pub fn name_null(mut self) -> Self {
        self.name = Some(None);
        self
    }
    /// Sets `description`.
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(Some(value.into()));
        self
    }
    /// Sets `description` to an explicit `null`.
    pub fn description_null(mut self) -> Self {
        self.description = Some(None);
        self
    }
    /// Sets `type`.
    pub fn r#type(mut self, value: impl Into<String>) -> Self {
        self.r#type = Some(Some(value.into()));
        self
    }
    /// Sets `type` to an explicit `null`.
    pub fn type_null(mut self) -> Self {
        self.r#type = Some(None);
        self
    }
    /// Sets `tags`.
    pub fn tags(mut self, value: impl Into<Vec<crate::TagV2025>>) -> Self {
        self.tags = Some(Some(value.into()));
        self
    }
    /// Sets `tags` to an explicit `null`.
    pub fn tags_null(mut self) -> Self {
        self.tags = Some(None);
        self
    }
    /// Sets `test_connection_status`.
    pub fn test_connection_status(mut self, value: impl Into<String>) -> Self {
        self.test_connection_status = Some(Some(value.into()));
        self
    }
    /// Sets `test_connection_status` to an explicit `null`.
    pub fn test_connection_status_null(mut self) -> Self {
        self.test_connection_status = Some(None);
        self
    }
    /// Sets `test_connection_date`.
    pub fn test_connection_date(mut self, value: impl Into<i64>) -> Self {
        self.test_connection_date = Some(Some(value.into()));
        self
    }
    /// Sets `test_connection_date` to an explicit `null`.
    pub fn test_connection_date_null(mut self) -> Self {
        self.test_connection_date = Some(None);
        self
    }
    /// Sets `rc_cluster_id`.
    pub fn rc_cluster_id(mut self, value: impl Into<String>) -> Self {
        self.rc_cluster_id = Some(Some(value.into()));
        self
    }
    /// Sets `rc_cluster_id` to an explicit `null`.
    pub fn rc_cluster_id_null(mut self) -> Self {
        self.rc_cluster_id = Some(None);
        self
    }
    /// Sets `dc_cluster_id`.
    pub fn dc_cluster_id(mut self, value: impl Into<String>) -> Self {
        self.dc_cluster_id = Some(Some(value.into()));
        self
    }
    /// Sets `dc_cluster_id` to an explicit `null`.
    pub fn dc_cluster_id_null(mut self) -> Self {
        self.dc_cluster_id = Some(None);
        self
    }
    /// Sets `pc_cluster_id`.
    pub fn pc_cluster_id(mut self, value: impl Into<String>) -> Self {
        self.pc_cluster_id = Some(Some(value.into()));
        self
    }
    /// Sets `pc_cluster_id` to an explicit `null`.
    pub fn pc_cluster_id_null(mut self) -> Self {
        self.pc_cluster_id = Some(None);
        self
    }
}
crate::serde_helpers::serde_struct!(ApplicationItem {
    id: optional("id"),
    name: nullable("name"),
    description: nullable("description"),
    r#type: nullable("type"),
    tags: nullable("tags"),
    test_connection_status: nullable("testConnectionStatus"),
    test_connection_date: nullable("testConnectionDate"),
    rc_cluster_id: nullable("rcClusterId"),
    dc_cluster_id: nullable("dcClusterId"),
    pc_cluster_id: nullable("pcClusterId"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for ApplicationItem {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.tags, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
