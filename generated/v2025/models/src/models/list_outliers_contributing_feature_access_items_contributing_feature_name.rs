#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ListOutliersContributingFeatureAccessItemsContributingFeatureName {
    /// `radical_entitlement_count`
    RadicalEntitlementCount,
    /// `entitlement_count`
    EntitlementCount,
    /// `max_jaccard_similarity`
    MaxJaccardSimilarity,
    /// `mean_max_bundle_concurrency`
    MeanMaxBundleConcurrency,
    /// `single_entitlement_bundle_count`
    SingleEntitlementBundleCount,
    /// `peerless_score`
    PeerlessScore,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl ListOutliersContributingFeatureAccessItemsContributingFeatureName {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::RadicalEntitlementCount => "radical_entitlement_count",
            Self::EntitlementCount => "entitlement_count",
            Self::MaxJaccardSimilarity => "max_jaccard_similarity",
            Self::MeanMaxBundleConcurrency => "mean_max_bundle_concurrency",
            Self::SingleEntitlementBundleCount => "single_entitlement_bundle_count",
            Self::PeerlessScore => "peerless_score",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for ListOutliersContributingFeatureAccessItemsContributingFeatureName {
    fn from(value: &str) -> Self {
        match value {
            "radical_entitlement_count" => Self::RadicalEntitlementCount,
            "entitlement_count" => Self::EntitlementCount,
            "max_jaccard_similarity" => Self::MaxJaccardSimilarity,
            "mean_max_bundle_concurrency" => Self::MeanMaxBundleConcurrency,
            "single_entitlement_bundle_count" => Self::SingleEntitlementBundleCount,
            "peerless_score" => Self::PeerlessScore,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(
    ListOutliersContributingFeatureAccessItemsContributingFeatureName
);
