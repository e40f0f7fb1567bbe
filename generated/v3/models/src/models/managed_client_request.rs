/// Managed Client Request
#[derive(Debug, Clone, PartialEq)]
pub struct ManagedClientRequest {
    /// Cluster ID that the ManagedClient is linked to
    pub cluster_id: String,
    /// description for the ManagedClient to create
    pub description: Option<Option<String>>,
    /// name for the ManagedClient to create
    pub name: Option<Option<String>>,
    /// Type of the ManagedClient (VA, CCG) to create
    pub r#type: Option<Option<String>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl ManagedClientRequest {
    /// Builds a `ManagedClientRequest` from its required fields; the others are unset.
    pub fn new(cluster_id: impl Into<String>) -> Self {
        Self {
            cluster_id: cluster_id.into(),
            description: None,
            name: None,
            r#type: None,
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::setters!(ManagedClientRequest {
    description: nullable::<String>(description, description_null),
    name: nullable::<String>(name, name_null),
    r#type: nullable::<String>(r#type, type_null),
});
crate::serde_helpers::serde_struct!(ManagedClientRequest {
    cluster_id: required("clusterId"),
    description: nullable("description"),
    name: nullable("name"),
    r#type: nullable("type"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for ManagedClientRequest {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
