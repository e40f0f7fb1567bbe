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
crate::serde_helpers::string_enum!(ReportType);
