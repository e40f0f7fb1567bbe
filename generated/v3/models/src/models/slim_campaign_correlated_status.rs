/// The correlatedStatus of the campaign. Only SOURCE_OWNER campaigns can be Uncorrelated. An Uncorrelated certification campaign only includes Uncorrelated identities (An identity is uncorrelated if it has no accounts on an authoritative source).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum SlimCampaignCorrelatedStatus {
    /// `CORRELATED`
    Correlated,
    /// `UNCORRELATED`
    Uncorrelated,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl SlimCampaignCorrelatedStatus {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Correlated => "CORRELATED",
            Self::Uncorrelated => "UNCORRELATED",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for SlimCampaignCorrelatedStatus {
    fn from(value: &str) -> Self {
        match value {
            "CORRELATED" => Self::Correlated,
            "UNCORRELATED" => Self::Uncorrelated,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(SlimCampaignCorrelatedStatus);
