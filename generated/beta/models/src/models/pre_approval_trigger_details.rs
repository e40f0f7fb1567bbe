/// Provides additional details about the pre-approval trigger for this request.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PreApprovalTriggerDetails {
    /// Comment left for the pre-approval decision
    pub comment: Option<String>,
    /// The reviewer of the pre-approval decision
    pub reviewer: Option<String>,
    /// The decision of the pre-approval trigger
    pub decision: Option<crate::PreApprovalTriggerDetailsDecision>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl PreApprovalTriggerDetails {
    /// Builds a `PreApprovalTriggerDetails` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(PreApprovalTriggerDetails {
    comment: optional::<String>(comment),
    reviewer: optional::<String>(reviewer),
    decision: optional::<crate::PreApprovalTriggerDetailsDecision>(decision),
});
crate::serde_helpers::serde_struct!(PreApprovalTriggerDetails {
    comment: optional("comment"),
    reviewer: optional("reviewer"),
    decision: optional("decision"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for PreApprovalTriggerDetails {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.decision, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// The decision of the pre-approval trigger
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum PreApprovalTriggerDetailsDecision {
    /// `APPROVED`
    Approved,
    /// `REJECTED`
    Rejected,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl PreApprovalTriggerDetailsDecision {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Approved => "APPROVED",
            Self::Rejected => "REJECTED",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for PreApprovalTriggerDetailsDecision {
    fn from(value: &str) -> Self {
        match value {
            "APPROVED" => Self::Approved,
            "REJECTED" => Self::Rejected,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(PreApprovalTriggerDetailsDecision);
