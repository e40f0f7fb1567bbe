/// The type of the certification task. More values may be added in the future.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum CertificationTaskType {
    /// `REASSIGN`
    Reassign,
    /// `ADMIN_REASSIGN`
    AdminReassign,
    /// `COMPLETE_CERTIFICATION`
    CompleteCertification,
    /// `FINISH_CERTIFICATION`
    FinishCertification,
    /// `COMPLETE_CAMPAIGN`
    CompleteCampaign,
    /// `ACTIVATE_CAMPAIGN`
    ActivateCampaign,
    /// `CAMPAIGN_CREATE`
    CampaignCreate,
    /// `CAMPAIGN_DELETE`
    CampaignDelete,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl CertificationTaskType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Reassign => "REASSIGN",
            Self::AdminReassign => "ADMIN_REASSIGN",
            Self::CompleteCertification => "COMPLETE_CERTIFICATION",
            Self::FinishCertification => "FINISH_CERTIFICATION",
            Self::CompleteCampaign => "COMPLETE_CAMPAIGN",
            Self::ActivateCampaign => "ACTIVATE_CAMPAIGN",
            Self::CampaignCreate => "CAMPAIGN_CREATE",
            Self::CampaignDelete => "CAMPAIGN_DELETE",
            Self::Unknown(value) => value,
        }
    }
    /// The value is not one this version of the API lists.
    pub fn is_unknown(&self) -> bool {
        matches!(self, Self::Unknown(_))
    }
}
impl From<&str> for CertificationTaskType {
    fn from(value: &str) -> Self {
        match value {
            "REASSIGN" => Self::Reassign,
            "ADMIN_REASSIGN" => Self::AdminReassign,
            "COMPLETE_CERTIFICATION" => Self::CompleteCertification,
            "FINISH_CERTIFICATION" => Self::FinishCertification,
            "COMPLETE_CAMPAIGN" => Self::CompleteCampaign,
            "ACTIVATE_CAMPAIGN" => Self::ActivateCampaign,
            "CAMPAIGN_CREATE" => Self::CampaignCreate,
            "CAMPAIGN_DELETE" => Self::CampaignDelete,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl From<String> for CertificationTaskType {
    fn from(value: String) -> Self {
        match Self::from(value.as_str()) {
            Self::Unknown(_) => Self::Unknown(value),
            known => known,
        }
    }
}
impl ::std::str::FromStr for CertificationTaskType {
    type Err = ::std::convert::Infallible;
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}
impl ::std::fmt::Display for CertificationTaskType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::serde::Serialize for CertificationTaskType {
    fn serialize<S>(&self, serializer: S) -> Result<S::Ok, S::Error>
    where
        S: ::serde::Serializer,
    {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for CertificationTaskType {
    fn deserialize<D>(deserializer: D) -> Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        <String as ::serde::Deserialize>::deserialize(deserializer).map(Self::from)
    }
}
impl crate::serde_helpers::SchemaFit for CertificationTaskType {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        if self.is_unknown() {
            fit.unlisted += 1;
        }
    }
}
