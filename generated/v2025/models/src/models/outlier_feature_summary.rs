#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct OutlierFeatureSummary {
    /// Contributing feature name
    #[serde(
        rename = "contributingFeatureName",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub contributing_feature_name: Option<String>,
    /// Identity display name
    #[serde(
        rename = "identityOutlierDisplayName",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub identity_outlier_display_name: Option<String>,
    #[serde(
        rename = "outlierFeatureDisplayValues",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub outlier_feature_display_values: Option<
        Vec<crate::OutlierFeatureSummaryOutlierFeatureDisplayValuesItem>,
    >,
    /// Definition of the feature
    #[serde(
        rename = "featureDefinition",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub feature_definition: Option<String>,
    /// Detailed explanation of the feature
    #[serde(
        rename = "featureExplanation",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub feature_explanation: Option<String>,
    /// outlier's peer identity display name
    #[serde(
        rename = "peerDisplayName",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub peer_display_name: Option<Option<String>>,
    /// outlier's peer identity id
    #[serde(
        rename = "peerIdentityId",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub peer_identity_id: Option<Option<String>>,
    /// Access Item reference
    #[serde(
        rename = "accessItemReference",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub access_item_reference: Option<::serde_json::Value>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl OutlierFeatureSummary {
    /// Builds a `OutlierFeatureSummary` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
impl crate::serde_helpers::SchemaFit for OutlierFeatureSummary {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(
            &self.outlier_feature_display_values,
            fit,
        );
        crate::serde_helpers::SchemaFit::add_fit(&self.access_item_reference, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct OutlierFeatureSummaryOutlierFeatureDisplayValuesItem {
    /// display name
    #[serde(rename = "displayName", default, skip_serializing_if = "Option::is_none")]
    pub display_name: Option<String>,
    /// value
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
    #[serde(rename = "valueType", default, skip_serializing_if = "Option::is_none")]
    pub value_type: Option<crate::OutlierValueType>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl OutlierFeatureSummaryOutlierFeatureDisplayValuesItem {
    /// Builds a `OutlierFeatureSummaryOutlierFeatureDisplayValuesItem` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
impl crate::serde_helpers::SchemaFit
for OutlierFeatureSummaryOutlierFeatureDisplayValuesItem {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.value_type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
