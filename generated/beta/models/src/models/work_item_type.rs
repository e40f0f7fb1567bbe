/// The type of the work item
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum WorkItemType {
    /// `Unknown`
    Unknown2,
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
    /// `PolicyViolation`
    PolicyViolation,
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
impl WorkItemType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Unknown2 => "Unknown",
            Self::Generic => "Generic",
            Self::Certification => "Certification",
            Self::Remediation => "Remediation",
            Self::Delegation => "Delegation",
            Self::Approval => "Approval",
            Self::ViolationReview => "ViolationReview",
            Self::Form => "Form",
            Self::PolicyViolation => "PolicyViolation",
            Self::Challenge => "Challenge",
            Self::ImpactAnalysis => "ImpactAnalysis",
            Self::Signoff => "Signoff",
            Self::Event => "Event",
            Self::ManualAction => "ManualAction",
            Self::Test => "Test",
            Self::Unknown(value) => value,
        }
    }
    /// The value is not one this version of the API lists.
    pub fn is_unknown(&self) -> bool {
        matches!(self, Self::Unknown(_))
    }
}
impl From<&str> for WorkItemType {
    fn from(value: &str) -> Self {
        match value {
            "Unknown" => Self::Unknown2,
            "Generic" => Self::Generic,
            "Certification" => Self::Certification,
            "Remediation" => Self::Remediation,
            "Delegation" => Self::Delegation,
            "Approval" => Self::Approval,
            "ViolationReview" => Self::ViolationReview,
            "Form" => Self::Form,
            "PolicyViolation" => Self::PolicyViolation,
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
impl From<String> for WorkItemType {
    fn from(value: String) -> Self {
        match Self::from(value.as_str()) {
            Self::Unknown(_) => Self::Unknown(value),
            known => known,
        }
    }
}
impl ::std::str::FromStr for WorkItemType {
    type Err = ::std::convert::Infallible;
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}
impl ::std::fmt::Display for WorkItemType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::serde::Serialize for WorkItemType {
    fn serialize<S>(&self, serializer: S) -> Result<S::Ok, S::Error>
    where
        S: ::serde::Serializer,
    {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for WorkItemType {
    fn deserialize<D>(deserializer: D) -> Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        <String as ::serde::Deserialize>::deserialize(deserializer).map(Self::from)
    }
}
impl crate::serde_helpers::SchemaFit for WorkItemType {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        if self.is_unknown() {
            fit.unlisted += 1;
        }
    }
}
