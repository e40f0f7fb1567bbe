/// Tagged object.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TaggedObject {
    pub object_ref: Option<crate::TaggedObjectDto>,
    /// Labels to be applied to an Object
    pub tags: Option<Vec<String>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl TaggedObject {
    /// Builds a `TaggedObject` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(TaggedObject {
    object_ref: optional::<crate::TaggedObjectDto>(object_ref),
    tags: optional::<Vec<String>>(tags),
});
crate::serde_helpers::serde_struct!(TaggedObject {
    object_ref: optional("objectRef"),
    tags: optional("tags"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for TaggedObject {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.object_ref, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
