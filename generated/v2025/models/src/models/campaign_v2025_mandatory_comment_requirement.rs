/// Determines whether comments are required for decisions during certification reviews. You can require comments for all decisions, revoke-only decisions, or no decisions. By default, comments are not required for decisions.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum CampaignV2025MandatoryCommentRequirement {
    /// `ALL_DECISIONS`
    AllDecisions,
    /// `REVOKE_ONLY_DECISIONS`
    RevokeOnlyDecisions,
    /// `NO_DECISIONS`
    NoDecisions,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl CampaignV2025MandatoryCommentRequirement {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AllDecisions => "ALL_DECISIONS",
            Self::RevokeOnlyDecisions => "REVOKE_ONLY_DECISIONS",
            Self::NoDecisions => "NO_DECISIONS",
            Self::Unknown(value) => value,
        }
    }
    /// The value is not one this version of the API lists.
    pub fn is_unknown(&self) -> bool {
        matches!(self, Self::Unknown(_))
    }
}
impl From<&str> for CampaignV2025MandatoryCommentRequirement {
    fn from(value: &str) -> Self {
        match value {
            "ALL_DECISIONS" => Self::AllDecisions,
            "REVOKE_ONLY_DECISIONS" => Self::RevokeOnlyDecisions,
            "NO_DECISIONS" => Self::NoDecisions,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl From<String> for CampaignV2025MandatoryCommentRequirement {
    fn from(value: String) -> Self {
        match Self::from(value.as_str()) {
            Self::Unknown(_) => Self::Unknown(value),
            known => known,
        }
    }
}
impl ::std::str::FromStr for CampaignV2025MandatoryCommentRequirement {
    type Err = ::std::convert::Infallible;
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}
impl ::std::fmt::Display for CampaignV2025MandatoryCommentRequirement {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::serde::Serialize for CampaignV2025MandatoryCommentRequirement {
    fn serialize<S>(&self, serializer: S) -> Result<S::Ok, S::Error>
    where
        S: ::serde::Serializer,
    {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for CampaignV2025MandatoryCommentRequirement {
    fn deserialize<D>(deserializer: D) -> Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        <String as ::serde::Deserialize>::deserialize(deserializer).map(Self::from)
    }
}
impl crate::serde_helpers::SchemaFit for CampaignV2025MandatoryCommentRequirement {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        if self.is_unknown() {
            fit.unlisted += 1;
        }
    }
}
