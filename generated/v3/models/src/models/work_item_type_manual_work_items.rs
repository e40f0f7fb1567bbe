/// The type of the work item
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum WorkItemTypeManualWorkItems {
    /// `Generic`
    Generic,
    /// `Certification`
    Certification,
    /// `Remediation`
    Remediation,
    /// `Delegation`
    Delegation,
    /// `Approval`
    Approval,
    /// `ViolationReview`
    ViolationReview,
    /// `Form`
    Form,
    /// `PolicyVioloation`
    PolicyVioloation,
    /// `Challenge`
    Challenge,
    /// `ImpactAnalysis`
    ImpactAnalysis,
    /// `Signoff`
    Signoff,
    /// `Event`
    Event,
    /// `ManualAction`
    ManualAction,
    /// `Test`
    Test,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl WorkItemTypeManualWorkItems {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Generic => "Generic",
            Self::Certification => "Certification",
            Self::Remediation => "Remediation",
            Self::Delegation => "Delegation",
            Self::Approval => "Approval",
            Self::ViolationReview => "ViolationReview",
            Self::Form => "Form",
            Self::PolicyVioloation => "PolicyVioloation",
            Self::Challenge => "Challenge",
            Self::ImpactAnalysis => "ImpactAnalysis",
            Self::Signoff => "Signoff",
            Self::Event => "Event",
            Self::ManualAction => "ManualAction",
            Self::Test => "Test",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for WorkItemTypeManualWorkItems {
    fn from(value: &str) -> Self {
        match value {
            "Generic" => Self::Generic,
            "Certification" => Self::Certification,
            "Remediation" => Self::Remediation,
            "Delegation" => Self::Delegation,
            "Approval" => Self::Approval,
            "ViolationReview" => Self::ViolationReview,
            "Form" => Self::Form,
            "PolicyVioloation" => Self::PolicyVioloation,
            "Challenge" => Self::Challenge,
            "ImpactAnalysis" => Self::ImpactAnalysis,
            "Signoff" => Self::Signoff,
            "Event" => Self::Event,
            "ManualAction" => Self::ManualAction,
            "Test" => Self::Test,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(WorkItemTypeManualWorkItems);
