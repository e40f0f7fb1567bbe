/// type of a Report
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ReportType {
    /// `CAMPAIGN_COMPOSITION_REPORT`
    CampaignCompositionReport,
    /// `CAMPAIGN_REMEDIATION_STATUS_REPORT`
    CampaignRemediationStatusReport,
    /// `CAMPAIGN_STATUS_REPORT`
    CampaignStatusReport,
    /// `CERTIFICATION_SIGNOFF_REPORT`
    CertificationSignoffReport,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl ReportType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::CampaignCompositionReport => "CAMPAIGN_COMPOSITION_REPORT",
            Self::CampaignRemediationStatusReport => "CAMPAIGN_REMEDIATION_STATUS_REPORT",
            Self::CampaignStatusReport => "CAMPAIGN_STATUS_REPORT",
            Self::CertificationSignoffReport => "CERTIFICATION_SIGNOFF_REPORT",
            Self::Unknown(value) => value,
        }
    }
    /// The value is not one this version of the API lists.
    pub fn is_unknown(&self) -> bool {
        matches!(self, Self::Unknown(_))
    }
}
impl From<&str> for ReportType {
    fn from(value: &str) -> Self {
        match value {
            "CAMPAIGN_COMPOSITION_REPORT" => Self::CampaignCompositionReport,
            "CAMPAIGN_REMEDIATION_STATUS_REPORT" => Self::CampaignRemediationStatusReport,
            "CAMPAIGN_STATUS_REPORT" => Self::CampaignStatusReport,
            "CERTIFICATION_SIGNOFF_REPORT" => Self::CertificationSignoffReport,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl From<String> for ReportType {
    fn from(value: String) -> Self {
        match Self::from(value.as_str()) {
            Self::Unknown(_) => Self::Unknown(value),
            known => known,
        }
    }
}
impl ::std::str::FromStr for ReportType {
    type Err = ::std::convert::Infallible;
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}
impl ::std::fmt::Display for ReportType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::serde::Serialize for ReportType {
    fn serialize<S>(&self, serializer: S) -> Result<S::Ok, S::Error>
    where
        S: ::serde::Serializer,
    {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for ReportType {
    fn deserialize<D>(deserializer: D) -> Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        <String as ::serde::Deserialize>::deserialize(deserializer).map(Self::from)
    }
}
impl crate::serde_helpers::SchemaFit for ReportType {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        if self.is_unknown() {
            fit.unlisted += 1;
        }
    }
}
