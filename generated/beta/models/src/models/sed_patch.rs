/// Patch for Suggested Entitlement Description
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SedPatch {
    /// desired operation
    pub op: Option<String>,
    /// field to be patched
    pub path: Option<String>,
    /// value to replace with
    pub value: Option<::serde_json::Value>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl SedPatch {
    /// Builds a `SedPatch` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(SedPatch {
    op: optional::<String>(op),
    path: optional::<String>(path),
    value: optional::<::serde_json::Value>(value),
});
crate::serde_helpers::serde_struct!(SedPatch {
    op: optional("op"),
    path: optional("path"),
    value: nullable("value"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for SedPatch {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.value, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
