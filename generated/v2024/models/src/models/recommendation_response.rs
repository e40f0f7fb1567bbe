#[derive(Debug, Clone, PartialEq, Default)]
pub struct RecommendationResponse {
    pub request: Option<crate::RecommendationRequest>,
    /// The recommendation - YES if the access is recommended, NO if not recommended, MAYBE if there is not enough information to make a recommendation, NOT_FOUND if the identity is not found in the system
    pub recommendation: Option<crate::RecommendationResponseRecommendation>,
    /// The list of interpretations explaining the recommendation. The array is empty if includeInterpretations is false or not present in the request. e.g. - \[ "Not approved in the last 6 months." \]. Interpretations will be translated using the client's locale as found in the Accept-Language header. If a translation for the client's locale cannot be found, the US English translation will be returned.
    pub interpretations: Option<Vec<String>>,
    /// The list of translation messages, if they have been requested.
    pub translation_messages: Option<Vec<crate::TranslationMessage>>,
    /// The calcuations performed behind the scenes that provide recommendations to the user.
    pub recommender_calculations: Option<crate::RecommenderCalculations>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl RecommendationResponse {
    /// Builds a `RecommendationResponse` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(RecommendationResponse {
    request: optional::<crate::RecommendationRequest>(request),
    recommendation: optional::<crate::RecommendationResponseRecommendation>(recommendation),
    interpretations: optional::<Vec<String>>(interpretations),
    translation_messages: optional::<Vec<crate::TranslationMessage>>(translation_messages),
    recommender_calculations: optional::<crate::RecommenderCalculations>(recommender_calculations),
});
crate::serde_helpers::serde_struct!(RecommendationResponse {
    request: optional("request"),
    recommendation: optional("recommendation"),
    interpretations: optional("interpretations"),
    translation_messages: optional("translationMessages"),
    recommender_calculations: optional("recommenderCalculations"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for RecommendationResponse {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.request, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.recommendation, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.translation_messages, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.recommender_calculations, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// The recommendation - YES if the access is recommended, NO if not recommended, MAYBE if there is not enough information to make a recommendation, NOT_FOUND if the identity is not found in the system
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum RecommendationResponseRecommendation {
    /// `YES`
    Yes,
    /// `NO`
    No,
    /// `MAYBE`
    Maybe,
    /// `NOT_FOUND`
    NotFound,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl RecommendationResponseRecommendation {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Yes => "YES",
            Self::No => "NO",
            Self::Maybe => "MAYBE",
            Self::NotFound => "NOT_FOUND",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for RecommendationResponseRecommendation {
    fn from(value: &str) -> Self {
        match value {
            "YES" => Self::Yes,
            "NO" => Self::No,
            "MAYBE" => Self::Maybe,
            "NOT_FOUND" => Self::NotFound,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(RecommendationResponseRecommendation);
