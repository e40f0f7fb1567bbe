/// Mode/type of filter, either the INCLUSION or EXCLUSION type. The INCLUSION type includes the data in generated campaigns  as per specified in the criteria, whereas the EXCLUSION type excludes the data in generated campaigns as per specified in criteria.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum CampaignFilterDetailsMode {
    /// `INCLUSION`
    Inclusion,
    /// `EXCLUSION`
    Exclusion,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl CampaignFilterDetailsMode {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Inclusion => "INCLUSION",
            Self::Exclusion => "EXCLUSION",
            Self::Unknown(value) => value,
        }
    }
    /// The value is not one this version of the API lists.
    pub fn is_unknown(&self) -> bool {
        matches!(self, Self::Unknown(_))
    }
}
impl From<&str> for CampaignFilterDetailsMode {
    fn from(value: &str) -> Self {
        match value {
            "INCLUSION" => Self::Inclusion,
            "EXCLUSION" => Self::Exclusion,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl From<String> for CampaignFilterDetailsMode {
    fn from(value: String) -> Self {
        match Self::from(value.as_str()) {
            Self::Unknown(_) => Self::Unknown(value),
            known => known,
        }
    }
}
impl ::std::str::FromStr for CampaignFilterDetailsMode {
    type Err = ::std::convert::Infallible;
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}
impl ::std::fmt::Display for CampaignFilterDetailsMode {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::serde::Serialize for CampaignFilterDetailsMode {
    fn serialize<S>(&self, serializer: S) -> Result<S::Ok, S::Error>
    where
        S: ::serde::Serializer,
    {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for CampaignFilterDetailsMode {
    fn deserialize<D>(deserializer: D) -> Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        <String as ::serde::Deserialize>::deserialize(deserializer).map(Self::from)
    }
}
impl crate::serde_helpers::SchemaFit for CampaignFilterDetailsMode {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        if self.is_unknown() {
            fit.unlisted += 1;
        }
    }
}
