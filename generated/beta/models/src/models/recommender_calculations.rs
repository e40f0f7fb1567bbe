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
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl RecommenderCalculations {
    /// Builds a `RecommenderCalculations` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `identity_id`.
    pub fn identity_id(mut self, value: impl Into<String>) -> Self {
        self.identity_id = Some(value.into());
        self
    }
    /// Sets `entitlement_id`.
    pub fn entitlement_id(mut self, value: impl Into<String>) -> Self {
        self.entitlement_id = Some(value.into());
        self
    }
    /// Sets `recommendation`.
    pub fn recommendation(mut self, value: impl Into<String>) -> Self {
        self.recommendation = Some(value.into());
        self
    }
    /// Sets `overall_weighted_score`.
    pub fn overall_weighted_score(mut self, value: impl Into<f64>) -> Self {
        self.overall_weighted_score = Some(value.into());
        self
    }
    /// Sets `feature_weighted_scores`.
    pub fn feature_weighted_scores(
        mut self,
        value: impl Into<::indexmap::IndexMap<String, f64>>,
    ) -> Self {
        self.feature_weighted_scores = Some(value.into());
        self
    }
    /// Sets `threshold`.
    pub fn threshold(mut self, value: impl Into<f64>) -> Self {
        self.threshold = Some(value.into());
        self
    }
    /// Sets `identity_attributes`.
    pub fn identity_attributes(
        mut self,
        value: impl Into<
            ::indexmap::IndexMap<
                String,
                crate::RecommenderCalculationsIdentityAttributesValue,
            >,
        >,
    ) -> Self {
        self.identity_attributes = Some(value.into());
        self
    }
    /// Sets `feature_values`.
    pub fn feature_values(mut self, value: impl Into<crate::FeatureValueDto>) -> Self {
        self.feature_values = Some(value.into());
        self
    }
}
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
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl RecommenderCalculationsIdentityAttributesValue {
    /// Builds a `RecommenderCalculationsIdentityAttributesValue` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `value`.
    pub fn value(mut self, value: impl Into<String>) -> Self {
        self.value = Some(value.into());
        self
    }
}
crate::serde_helpers::serde_struct!(RecommenderCalculationsIdentityAttributesValue {
    value: optional("value"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for RecommenderCalculationsIdentityAttributesValue {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
