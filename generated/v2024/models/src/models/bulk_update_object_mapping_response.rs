#[derive(Debug, Clone, PartialEq, Default)]
pub struct BulkUpdateObjectMappingResponse {
    pub patched_objects: Option<Vec<crate::ObjectMappingResponse>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl BulkUpdateObjectMappingResponse {
    /// Builds a `BulkUpdateObjectMappingResponse` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(BulkUpdateObjectMappingResponse {
    patched_objects: optional::<Vec<crate::ObjectMappingResponse>>(patched_objects),
});
crate::serde_helpers::serde_struct!(BulkUpdateObjectMappingResponse {
    patched_objects: optional("patchedObjects"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for BulkUpdateObjectMappingResponse {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.patched_objects, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
