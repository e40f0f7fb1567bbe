/// Request model for peek resource objects from source connectors.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ResourceObjectsRequest {
    /// The type of resource objects to iterate over.
    pub object_type: Option<String>,
    /// The maximum number of resource objects to iterate over and return.
    pub max_count: Option<i64>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl ResourceObjectsRequest {
    /// Builds a `ResourceObjectsRequest` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(ResourceObjectsRequest {
    object_type: optional::<String>(object_type),
    max_count: optional::<i64>(max_count),
});
crate::serde_helpers::serde_struct!(ResourceObjectsRequest {
    object_type: optional("objectType"),
    max_count: optional("maxCount"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for ResourceObjectsRequest {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
