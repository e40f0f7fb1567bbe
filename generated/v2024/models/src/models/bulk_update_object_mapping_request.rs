#[derive(Debug, Clone, PartialEq, Default)]
pub struct BulkUpdateObjectMappingRequest {
    /// Map of id of the object mapping to a JsonPatchOperation describing what to patch on that object mapping.
    pub patches: ::indexmap::IndexMap<String, Vec<crate::JsonPatchOperation>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl BulkUpdateObjectMappingRequest {
    /// Builds a `BulkUpdateObjectMappingRequest` from its required fields; the others are unset.
    pub fn new(
        patches: impl Into<::indexmap::IndexMap<String, Vec<crate::JsonPatchOperation>>>,
    ) -> Self {
        Self {
            patches: patches.into(),
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::serde_struct!(BulkUpdateObjectMappingRequest {
    patches: required("patches"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for BulkUpdateObjectMappingRequest {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.patches, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
