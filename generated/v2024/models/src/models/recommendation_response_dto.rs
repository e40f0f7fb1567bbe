#[derive(Debug, Clone, PartialEq, Default)]
pub struct RecommendationResponseDto {
    pub response: Option<Vec<crate::RecommendationResponse>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl RecommendationResponseDto {
    /// Builds a `RecommendationResponseDto` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(RecommendationResponseDto {
    response: optional::<Vec<crate::RecommendationResponse>>(response),
});
crate::serde_helpers::serde_struct!(RecommendationResponseDto {
    response: optional("response"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for RecommendationResponseDto {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.response, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
