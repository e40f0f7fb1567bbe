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
    /// The value is not one this version of the API lists.
    pub fn is_unknown(&self) -> bool {
        matches!(self, Self::Unknown(_))
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
impl From<String> for ListOutliersContributingFeatureAccessItemsContributingFeatureName {
    fn from(value: String) -> Self {
        match Self::from(value.as_str()) {
            Self::Unknown(_) => Self::Unknown(value),
            known => known,
        }
    }
}
impl ::std::str::FromStr
for ListOutliersContributingFeatureAccessItemsContributingFeatureName {
    type Err = ::std::convert::Infallible;
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}
impl ::std::fmt::Display
for ListOutliersContributingFeatureAccessItemsContributingFeatureName {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::serde::Serialize
for ListOutliersContributingFeatureAccessItemsContributingFeatureName {
    fn serialize<S>(&self, serializer: S) -> Result<S::Ok, S::Error>
    where
        S: ::serde::Serializer,
    {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de>
for ListOutliersContributingFeatureAccessItemsContributingFeatureName {
    fn deserialize<D>(deserializer: D) -> Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        <String as ::serde::Deserialize>::deserialize(deserializer).map(Self::from)
    }
}
impl crate::serde_helpers::SchemaFit
for ListOutliersContributingFeatureAccessItemsContributingFeatureName {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        if self.is_unknown() {
            fit.unlisted += 1;
        }
    }
}
