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
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl RecommendationConfigDto {
    /// Builds a `RecommendationConfigDto` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `recommender_features`.
    pub fn recommender_features(mut self, value: impl Into<Vec<String>>) -> Self {
        self.recommender_features = Some(value.into());
        self
    }
    /// Sets `peer_group_percentage_threshold`.
    pub fn peer_group_percentage_threshold(mut self, value: impl Into<f64>) -> Self {
        self.peer_group_percentage_threshold = Some(value.into());
        self
    }
    /// Sets `run_auto_select_once`.
    pub fn run_auto_select_once(mut self, value: impl Into<bool>) -> Self {
        self.run_auto_select_once = Some(value.into());
        self
    }
    /// Sets `only_tune_threshold`.
    pub fn only_tune_threshold(mut self, value: impl Into<bool>) -> Self {
        self.only_tune_threshold = Some(value.into());
        self
    }
}
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
