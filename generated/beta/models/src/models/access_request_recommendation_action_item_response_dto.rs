#[derive(Debug, Clone, PartialEq, Default)]
pub struct AccessRequestRecommendationActionItemResponseDto {
    /// The identity ID taking the action.
    ///
    /// Format: `uuid`.
    pub identity_id: Option<String>,
    pub access: Option<crate::AccessRequestRecommendationItem>,
    pub timestamp: Option<crate::primitives::DateTime>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl AccessRequestRecommendationActionItemResponseDto {
    /// Builds a `AccessRequestRecommendationActionItemResponseDto` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(AccessRequestRecommendationActionItemResponseDto {
    identity_id: optional::<String>(identity_id),
    access: optional::<crate::AccessRequestRecommendationItem>(access),
    timestamp: optional::<crate::primitives::DateTime>(timestamp),
});
crate::serde_helpers::serde_struct!(AccessRequestRecommendationActionItemResponseDto {
    identity_id: optional("identityId"),
    access: optional("access"),
    timestamp: optional("timestamp"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit
for AccessRequestRecommendationActionItemResponseDto {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.access, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
