#[derive(Debug, Clone, PartialEq, Default)]
pub struct RecommendationRequest {
    /// The identity ID
    pub identity_id: Option<String>,
    pub item: Option<crate::AccessItemRef>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl RecommendationRequest {
    /// Builds a `RecommendationRequest` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(RecommendationRequest {
    identity_id: optional::<String>(identity_id),
    item: optional::<crate::AccessItemRef>(item),
});
crate::serde_helpers::serde_struct!(RecommendationRequest {
    identity_id: optional("identityId"),
    item: optional("item"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for RecommendationRequest {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.item, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
