#[derive(Debug, Clone, PartialEq, Default)]
pub struct BulkCreateObjectMappingResponse {
    pub added_objects: Option<Vec<crate::ObjectMappingResponse>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl BulkCreateObjectMappingResponse {
    /// Builds a `BulkCreateObjectMappingResponse` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(BulkCreateObjectMappingResponse {
    added_objects: optional::<Vec<crate::ObjectMappingResponse>>(added_objects),
});
crate::serde_helpers::serde_struct!(BulkCreateObjectMappingResponse {
    added_objects: optional("addedObjects"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for BulkCreateObjectMappingResponse {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.added_objects, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
