#[derive(Debug, Clone, PartialEq, Default)]
pub struct ReviewRecommendation {
    /// The recommendation from IAI at the time of the decision. This field will be null if no recommendation was made.
    pub recommendation: Option<Option<String>>,
    /// A list of reasons for the recommendation.
    pub reasons: Option<Vec<String>>,
    /// The time at which the recommendation was recorded.
    pub timestamp: Option<crate::primitives::DateTime>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl ReviewRecommendation {
    /// Builds a `ReviewRecommendation` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(ReviewRecommendation {
    recommendation: nullable::<String>(recommendation, recommendation_null),
    reasons: optional::<Vec<String>>(reasons),
    timestamp: optional::<crate::primitives::DateTime>(timestamp),
});
crate::serde_helpers::serde_struct!(ReviewRecommendation {
    recommendation: nullable("recommendation"),
    reasons: optional("reasons"),
    timestamp: optional("timestamp"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for ReviewRecommendation {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
