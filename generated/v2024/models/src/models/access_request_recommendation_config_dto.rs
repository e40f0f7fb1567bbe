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
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
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
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
    /// Sets `start_date_attribute`.
    pub fn start_date_attribute(mut self, value: impl Into<String>) -> Self {
        self.start_date_attribute = Some(value.into());
        self
    }
    /// Sets `restriction_attribute`.
    pub fn restriction_attribute(mut self, value: impl Into<String>) -> Self {
        self.restriction_attribute = Some(value.into());
        self
    }
    /// Sets `mover_attribute`.
    pub fn mover_attribute(mut self, value: impl Into<String>) -> Self {
        self.mover_attribute = Some(value.into());
        self
    }
    /// Sets `joiner_attribute`.
    pub fn joiner_attribute(mut self, value: impl Into<String>) -> Self {
        self.joiner_attribute = Some(value.into());
        self
    }
    /// Sets `use_restriction_attribute`.
    pub fn use_restriction_attribute(mut self, value: impl Into<bool>) -> Self {
        self.use_restriction_attribute = Some(value.into());
        self
    }
}
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
