/// The campaign's current status.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum SlimCampaignStatus {
    /// `PENDING`
    Pending,
    /// `STAGED`
    Staged,
    /// `CANCELING`
    Canceling,
    /// `ACTIVATING`
    Activating,
    /// `ACTIVE`
    Active,
    /// `COMPLETING`
    Completing,
    /// `COMPLETED`
    Completed,
    /// `ERROR`
    Error,
    /// `ARCHIVED`
    Archived,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl SlimCampaignStatus {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Pending => "PENDING",
            Self::Staged => "STAGED",
            Self::Canceling => "CANCELING",
            Self::Activating => "ACTIVATING",
            Self::Active => "ACTIVE",
            Self::Completing => "COMPLETING",
            Self::Completed => "COMPLETED",
            Self::Error => "ERROR",
            Self::Archived => "ARCHIVED",
            Self::Unknown(value) => value,
        }
    }
    /// The value is not one this version of the API lists.
    pub fn is_unknown(&self) -> bool {
        matches!(self, Self::Unknown(_))
    }
}
impl From<&str> for SlimCampaignStatus {
    fn from(value: &str) -> Self {
        match value {
            "PENDING" => Self::Pending,
            "STAGED" => Self::Staged,
            "CANCELING" => Self::Canceling,
            "ACTIVATING" => Self::Activating,
            "ACTIVE" => Self::Active,
            "COMPLETING" => Self::Completing,
            "COMPLETED" => Self::Completed,
            "ERROR" => Self::Error,
            "ARCHIVED" => Self::Archived,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl From<String> for SlimCampaignStatus {
    fn from(value: String) -> Self {
        match Self::from(value.as_str()) {
            Self::Unknown(_) => Self::Unknown(value),
            known => known,
        }
    }
}
impl ::std::str::FromStr for SlimCampaignStatus {
    type Err = ::std::convert::Infallible;
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}
impl ::std::fmt::Display for SlimCampaignStatus {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::serde::Serialize for SlimCampaignStatus {
    fn serialize<S>(&self, serializer: S) -> Result<S::Ok, S::Error>
    where
        S: ::serde::Serializer,
    {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for SlimCampaignStatus {
    fn deserialize<D>(deserializer: D) -> Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        <String as ::serde::Deserialize>::deserialize(deserializer).map(Self::from)
    }
}
impl crate::serde_helpers::SchemaFit for SlimCampaignStatus {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        if self.is_unknown() {
            fit.unlisted += 1;
        }
    }
}
