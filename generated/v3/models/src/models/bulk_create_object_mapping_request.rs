#[derive(Debug, Clone, PartialEq, Default)]
pub struct BulkCreateObjectMappingRequest {
    pub new_objects_mappings: Vec<crate::ObjectMappingRequest>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl BulkCreateObjectMappingRequest {
    /// Builds a `BulkCreateObjectMappingRequest` from its required fields; the others are unset.
    pub fn new(
        new_objects_mappings: impl Into<Vec<crate::ObjectMappingRequest>>,
    ) -> Self {
        Self {
            new_objects_mappings: new_objects_mappings.into(),
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::serde_struct!(BulkCreateObjectMappingRequest {
    new_objects_mappings: required("newObjectsMappings"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for BulkCreateObjectMappingRequest {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.new_objects_mappings, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
