#[derive(Debug, Clone, PartialEq)]
pub struct AccessRequestRecommendationConfigDto {
    /// The value that internal calculations need to exceed for recommendations to be made.
    pub score_threshold: f64,
    /// Use to map an attribute name for determining identities' start date.
    pub start_date_attribute: Option<String>,
    /// Use to only give recommendations based on this attribute.
    pub restriction_attribute: Option<String>,
    /// Use to map an attribute name for determining whether identities are movers.
    pub mover_attribute: Option<String>,
    /// Use to map an attribute name for determining whether identities are joiners.
    pub joiner_attribute: Option<String>,
    /// Use only the attribute named in restrictionAttribute to make recommendations.
    pub use_restriction_attribute: Option<bool>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl AccessRequestRecommendationConfigDto {
    /// Builds a `AccessRequestRecommendationConfigDto` from its required fields; the others are unset.
    pub fn new(score_threshold: impl Into<f64>) -> Self {
        Self {
            score_threshold: score_threshold.into(),
            start_date_attribute: None,
            restriction_attribute: None,
            mover_attribute: None,
            joiner_attribute: None,
            use_restriction_attribute: None,
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::setters!(AccessRequestRecommendationConfigDto {
    start_date_attribute: optional::<String>(start_date_attribute),
    restriction_attribute: optional::<String>(restriction_attribute),
    mover_attribute: optional::<String>(mover_attribute),
    joiner_attribute: optional::<String>(joiner_attribute),
    use_restriction_attribute: optional::<bool>(use_restriction_attribute),
});
crate::serde_helpers::serde_struct!(AccessRequestRecommendationConfigDto {
    score_threshold: required("scoreThreshold"),
    start_date_attribute: optional("startDateAttribute"),
    restriction_attribute: optional("restrictionAttribute"),
    mover_attribute: optional("moverAttribute"),
    joiner_attribute: optional("joinerAttribute"),
    use_restriction_attribute: optional("useRestrictionAttribute"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for AccessRequestRecommendationConfigDto {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
