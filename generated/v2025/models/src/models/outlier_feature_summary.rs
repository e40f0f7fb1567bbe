#[derive(Debug, Clone, PartialEq, Default)]
pub struct OutlierFeatureSummary {
    /// Contributing feature name
    pub contributing_feature_name: Option<String>,
    /// Identity display name
    pub identity_outlier_display_name: Option<String>,
    pub outlier_feature_display_values: Option<
        Vec<crate::OutlierFeatureSummaryOutlierFeatureDisplayValuesItem>,
    >,
    /// Definition of the feature
    pub feature_definition: Option<String>,
    /// Detailed explanation of the feature
    pub feature_explanation: Option<String>,
    /// outlier's peer identity display name
    pub peer_display_name: Option<Option<String>>,
    /// outlier's peer identity id
    pub peer_identity_id: Option<Option<String>>,
    /// Access Item reference
    pub access_item_reference: Option<::serde_json::Value>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl OutlierFeatureSummary {
    /// Builds a `OutlierFeatureSummary` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(OutlierFeatureSummary {
    contributing_feature_name: optional::<String>(contributing_feature_name),
    identity_outlier_display_name: optional::<String>(identity_outlier_display_name),
    outlier_feature_display_values: optional::<Vec<crate::OutlierFeatureSummaryOutlierFeatureDisplayValuesItem>>(outlier_feature_display_values),
    feature_definition: optional::<String>(feature_definition),
    feature_explanation: optional::<String>(feature_explanation),
    peer_display_name: nullable::<String>(peer_display_name, peer_display_name_null),
    peer_identity_id: nullable::<String>(peer_identity_id, peer_identity_id_null),
    access_item_reference: optional::<::serde_json::Value>(access_item_reference),
});
crate::serde_helpers::serde_struct!(OutlierFeatureSummary {
    contributing_feature_name: optional("contributingFeatureName"),
    identity_outlier_display_name: optional("identityOutlierDisplayName"),
    outlier_feature_display_values: optional("outlierFeatureDisplayValues"),
    feature_definition: optional("featureDefinition"),
    feature_explanation: optional("featureExplanation"),
    peer_display_name: nullable("peerDisplayName"),
    peer_identity_id: nullable("peerIdentityId"),
    access_item_reference: nullable("accessItemReference"),
    ..additional_properties
});
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
#[derive(Debug, Clone, PartialEq, Default)]
pub struct OutlierFeatureSummaryOutlierFeatureDisplayValuesItem {
    /// display name
    pub display_name: Option<String>,
    /// value
    pub value: Option<String>,
    pub value_type: Option<crate::OutlierValueType>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl OutlierFeatureSummaryOutlierFeatureDisplayValuesItem {
    /// Builds a `OutlierFeatureSummaryOutlierFeatureDisplayValuesItem` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(OutlierFeatureSummaryOutlierFeatureDisplayValuesItem {
    display_name: optional::<String>(display_name),
    value: optional::<String>(value),
    value_type: optional::<crate::OutlierValueType>(value_type),
});
crate::serde_helpers::serde_struct!(OutlierFeatureSummaryOutlierFeatureDisplayValuesItem {
    display_name: optional("displayName"),
    value: optional("value"),
    value_type: optional("valueType"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit
for OutlierFeatureSummaryOutlierFeatureDisplayValuesItem {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.value_type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
