#[derive(Debug, Clone, PartialEq, Default)]
pub struct RecommendationRequestDto {
    pub requests: Option<Vec<crate::RecommendationRequest>>,
    /// Exclude interpretations in the response if "true". Return interpretations in the response if this attribute is not specified.
    pub exclude_interpretations: Option<bool>,
    /// When set to true, the calling system uses the translated messages for the specified language
    pub include_translation_messages: Option<bool>,
    /// Returns the recommender calculations if set to true
    pub include_debug_information: Option<bool>,
    /// When set to true, uses prescribedRulesRecommenderConfig to get identity attributes and peer group threshold instead of standard config.
    pub prescribe_mode: Option<bool>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl RecommendationRequestDto {
    /// Builds a `RecommendationRequestDto` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(RecommendationRequestDto {
    requests: optional::<Vec<crate::RecommendationRequest>>(requests),
    exclude_interpretations: optional::<bool>(exclude_interpretations),
    include_translation_messages: optional::<bool>(include_translation_messages),
    include_debug_information: optional::<bool>(include_debug_information),
    prescribe_mode: optional::<bool>(prescribe_mode),
});
crate::serde_helpers::serde_struct!(RecommendationRequestDto {
    requests: optional("requests"),
    exclude_interpretations: optional("excludeInterpretations"),
    include_translation_messages: optional("includeTranslationMessages"),
    include_debug_information: optional("includeDebugInformation"),
    prescribe_mode: optional("prescribeMode"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for RecommendationRequestDto {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.requests, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
