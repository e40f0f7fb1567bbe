/// A JSONPatch document as defined by [RFC 6902 - JSON Patch](https://tools.ietf.org/html/rfc6902)
#[derive(Debug, Clone, PartialEq, Default)]
pub struct JsonPatch {
    /// Operations to be applied
    pub operations: Option<Vec<crate::JsonPatchOperation>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl JsonPatch {
    /// Builds a `JsonPatch` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(JsonPatch {
    operations: optional::<Vec<crate::JsonPatchOperation>>(operations),
});
crate::serde_helpers::serde_struct!(JsonPatch {
    operations: optional("operations"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for JsonPatch {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.operations, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
