#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct AccessRequestRecommendationConfigDto {
    /// The value that internal calculations need to exceed for recommendations to be made.
    #[serde(rename = "scoreThreshold")]
    pub score_threshold: f64,
    /// Use to map an attribute name for determining identities' start date.
    #[serde(
        rename = "startDateAttribute",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub start_date_attribute: Option<String>,
    /// Use to only give recommendations based on this attribute.
    #[serde(
        rename = "restrictionAttribute",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub restriction_attribute: Option<String>,
    /// Use to map an attribute name for determining whether identities are movers.
    #[serde(rename = "moverAttribute", default, skip_serializing_if = "Option::is_none")]
    pub mover_attribute: Option<String>,
    /// Use to map an attribute name for determining whether identities are joiners.
    #[serde(
        rename = "joinerAttribute",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub joiner_attribute: Option<String>,
    /// Use only the attribute named in restrictionAttribute to make recommendations.
    #[serde(
        rename = "useRestrictionAttribute",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub use_restriction_attribute: Option<bool>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl AccessRequestRecommendationConfigDto {
    /// Builds a `AccessRequestRecommendationConfigDto` from its required fields; the others are unset.
    pub fn new(score_threshold: f64) -> Self {
        Self {
            score_threshold,
            start_date_attribute: None,
            restriction_attribute: None,
            mover_attribute: None,
            joiner_attribute: None,
            use_restriction_attribute: None,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit for AccessRequestRecommendationConfigDto {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
