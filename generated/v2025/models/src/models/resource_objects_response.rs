/// Response model for peek resource objects from source connectors.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ResourceObjectsResponse {
    /// ID of the source
    ///
    /// Read-only: set by the server.
    pub id: Option<String>,
    /// Name of the source
    ///
    /// Read-only: set by the server.
    pub name: Option<String>,
    /// The number of objects that were fetched by the connector.
    ///
    /// Read-only: set by the server.
    pub object_count: Option<i64>,
    /// The number of milliseconds spent on the entire request.
    ///
    /// Read-only: set by the server.
    pub elapsed_millis: Option<i64>,
    /// Fetched objects from the source connector.
    ///
    /// Read-only: set by the server.
    pub resource_objects: Option<Vec<crate::ResourceObject>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl ResourceObjectsResponse {
    /// Builds a `ResourceObjectsResponse` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(ResourceObjectsResponse {
    id: optional::<String>(id),
    name: optional::<String>(name),
    object_count: optional::<i64>(object_count),
    elapsed_millis: optional::<i64>(elapsed_millis),
    resource_objects: optional::<Vec<crate::ResourceObject>>(resource_objects),
});
crate::serde_helpers::serde_struct!(ResourceObjectsResponse {
    id: optional("id"),
    name: optional("name"),
    object_count: optional("objectCount"),
    elapsed_millis: optional("elapsedMillis"),
    resource_objects: optional("resourceObjects"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for ResourceObjectsResponse {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.resource_objects, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
