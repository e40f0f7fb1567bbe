#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct RecommenderCalculations {
    /// The ID of the identity
    #[serde(rename = "identityId", default, skip_serializing_if = "Option::is_none")]
    pub identity_id: Option<String>,
    /// The entitlement ID
    #[serde(rename = "entitlementId", default, skip_serializing_if = "Option::is_none")]
    pub entitlement_id: Option<String>,
    /// The actual recommendation
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub recommendation: Option<String>,
    /// The overall weighted score
    #[serde(
        rename = "overallWeightedScore",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub overall_weighted_score: Option<f64>,
    /// The weighted score of each individual feature
    #[serde(
        rename = "featureWeightedScores",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub feature_weighted_scores: Option<::indexmap::IndexMap<String, f64>>,
    /// The configured value against which the overallWeightedScore is compared
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub threshold: Option<f64>,
    /// The values for your configured features
    #[serde(
        rename = "identityAttributes",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub identity_attributes: Option<
        ::indexmap::IndexMap<
            String,
            crate::RecommenderCalculationsIdentityAttributesValue,
        >,
    >,
    /// The feature details
    #[serde(rename = "featureValues", default, skip_serializing_if = "Option::is_none")]
    pub feature_values: Option<crate::FeatureValueDto>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl RecommenderCalculations {
    /// Builds a `RecommenderCalculations` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
impl crate::serde_helpers::SchemaFit for RecommenderCalculations {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.feature_weighted_scores, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.identity_attributes, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.feature_values, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct RecommenderCalculationsIdentityAttributesValue {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl RecommenderCalculationsIdentityAttributesValue {
    /// Builds a `RecommenderCalculationsIdentityAttributesValue` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
impl crate::serde_helpers::SchemaFit for RecommenderCalculationsIdentityAttributesValue {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
