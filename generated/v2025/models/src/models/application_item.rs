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
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl ApplicationItem {
    /// Builds a `ApplicationItem` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(ApplicationItem {
    id: optional::<i64>(id),
    name: nullable::<String>(name, name_null),
    description: nullable::<String>(description, description_null),
    r#type: nullable::<String>(r#type, type_null),
    tags: nullable::<Vec<crate::TagV2025>>(tags, tags_null),
    test_connection_status: nullable::<String>(test_connection_status, test_connection_status_null),
    test_connection_date: nullable::<i64>(test_connection_date, test_connection_date_null),
    rc_cluster_id: nullable::<String>(rc_cluster_id, rc_cluster_id_null),
    dc_cluster_id: nullable::<String>(dc_cluster_id, dc_cluster_id_null),
    pc_cluster_id: nullable::<String>(pc_cluster_id, pc_cluster_id_null),
});
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
