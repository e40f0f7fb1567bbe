#[derive(Debug, Clone, PartialEq, Default)]
pub struct RecommendationConfigDto {
    /// List of identity attributes to use for calculating certification recommendations
    pub recommender_features: Option<Vec<String>>,
    /// The percent value that the recommendation calculation must surpass to produce a YES recommendation
    pub peer_group_percentage_threshold: Option<f64>,
    /// If true, rulesRecommenderConfig will be refreshed with new programatically selected attribute and threshold values on the next pipeline run
    pub run_auto_select_once: Option<bool>,
    /// If true, rulesRecommenderConfig will be refreshed with new programatically selected threshold values on the next pipeline run
    pub only_tune_threshold: Option<bool>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl RecommendationConfigDto {
    /// Builds a `RecommendationConfigDto` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(RecommendationConfigDto {
    recommender_features: optional::<Vec<String>>(recommender_features),
    peer_group_percentage_threshold: optional::<f64>(peer_group_percentage_threshold),
    run_auto_select_once: optional::<bool>(run_auto_select_once),
    only_tune_threshold: optional::<bool>(only_tune_threshold),
});
crate::serde_helpers::serde_struct!(RecommendationConfigDto {
    recommender_features: optional("recommenderFeatures"),
    peer_group_percentage_threshold: optional("peerGroupPercentageThreshold"),
    run_auto_select_once: optional("runAutoSelectOnce"),
    only_tune_threshold: optional("onlyTuneThreshold"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for RecommendationConfigDto {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
