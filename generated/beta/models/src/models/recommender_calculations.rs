#[derive(Debug, Clone, PartialEq, Default)]
pub struct RecommenderCalculations {
    /// The ID of the identity
    pub identity_id: Option<String>,
    /// The entitlement ID
    pub entitlement_id: Option<String>,
    /// The actual recommendation
    pub recommendation: Option<String>,
    /// The overall weighted score
    pub overall_weighted_score: Option<f64>,
    /// The weighted score of each individual feature
    pub feature_weighted_scores: Option<::indexmap::IndexMap<String, f64>>,
    /// The configured value against which the overallWeightedScore is compared
    pub threshold: Option<f64>,
    /// The values for your configured features
    pub identity_attributes: Option<
        ::indexmap::IndexMap<
            String,
            crate::RecommenderCalculationsIdentityAttributesValue,
        >,
    >,
    /// The feature details
    pub feature_values: Option<crate::FeatureValueDto>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl RecommenderCalculations {
    /// Builds a `RecommenderCalculations` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(RecommenderCalculations {
    identity_id: optional::<String>(identity_id),
    entitlement_id: optional::<String>(entitlement_id),
    recommendation: optional::<String>(recommendation),
    overall_weighted_score: optional::<f64>(overall_weighted_score),
    feature_weighted_scores: optional::<::indexmap::IndexMap<String, f64>>(feature_weighted_scores),
    threshold: optional::<f64>(threshold),
    identity_attributes: optional::<::indexmap::IndexMap<String, crate::RecommenderCalculationsIdentityAttributesValue>>(identity_attributes),
    feature_values: optional::<crate::FeatureValueDto>(feature_values),
});
crate::serde_helpers::serde_struct!(RecommenderCalculations {
    identity_id: optional("identityId"),
    entitlement_id: optional("entitlementId"),
    recommendation: optional("recommendation"),
    overall_weighted_score: optional("overallWeightedScore"),
    feature_weighted_scores: optional("featureWeightedScores"),
    threshold: optional("threshold"),
    identity_attributes: optional("identityAttributes"),
    feature_values: optional("featureValues"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for RecommenderCalculations {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.feature_weighted_scores, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.identity_attributes, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.feature_values, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RecommenderCalculationsIdentityAttributesValue {
    pub value: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl RecommenderCalculationsIdentityAttributesValue {
    /// Builds a `RecommenderCalculationsIdentityAttributesValue` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(RecommenderCalculationsIdentityAttributesValue {
    value: optional::<String>(value),
});
crate::serde_helpers::serde_struct!(RecommenderCalculationsIdentityAttributesValue {
    value: optional("value"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for RecommenderCalculationsIdentityAttributesValue {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
