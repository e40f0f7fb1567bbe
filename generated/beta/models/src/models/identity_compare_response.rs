#[derive(Debug, Clone, PartialEq, Default)]
pub struct IdentityCompareResponse {
    /// Arbitrary key-value pairs. They will never be processed by the IdentityNow system but will be returned on completion of the violation check.
    pub access_item_diff: Option<::indexmap::IndexMap<String, ::serde_json::Value>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl IdentityCompareResponse {
    /// Builds a `IdentityCompareResponse` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(IdentityCompareResponse {
    access_item_diff: optional::<::indexmap::IndexMap<String, ::serde_json::Value>>(access_item_diff),
});
crate::serde_helpers::serde_struct!(IdentityCompareResponse {
    access_item_diff: optional("accessItemDiff"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for IdentityCompareResponse {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.access_item_diff, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
