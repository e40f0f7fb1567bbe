#[derive(Debug, Clone, PartialEq, Default)]
pub struct BulkRemoveTaggedObject {
    pub object_refs: Option<Vec<crate::TaggedObjectDto>>,
    /// Label to be applied to an Object
    pub tags: Option<Vec<String>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl BulkRemoveTaggedObject {
    /// Builds a `BulkRemoveTaggedObject` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `object_refs`.
    pub fn object_refs(mut self, value: impl Into<Vec<crate::TaggedObjectDto>>) -> Self {
        self.object_refs = Some(value.into());
        self
    }
    /// Sets `tags`.
    pub fn tags(mut self, value: impl Into<Vec<String>>) -> Self {
        self.tags = Some(value.into());
        self
    }
}
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
