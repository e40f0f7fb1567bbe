#[derive(Debug, Clone, PartialEq, Default)]
pub struct BulkRemoveTaggedObject {
    pub object_refs: Option<Vec<crate::TaggedObjectDto>>,
    /// Label to be applied to an Object
    pub tags: Option<Vec<String>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl BulkRemoveTaggedObject {
    /// Builds a `BulkRemoveTaggedObject` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(BulkRemoveTaggedObject {
    object_refs: optional::<Vec<crate::TaggedObjectDto>>(object_refs),
    tags: optional::<Vec<String>>(tags),
});
crate::serde_helpers::serde_struct!(BulkRemoveTaggedObject {
    object_refs: optional("objectRefs"),
    tags: optional("tags"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for BulkRemoveTaggedObject {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.object_refs, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
