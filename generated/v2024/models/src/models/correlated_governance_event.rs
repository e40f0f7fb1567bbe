#[derive(Debug, Clone, PartialEq, Default)]
pub struct CorrelatedGovernanceEvent {
    /// The name of the governance event, such as the certification name or access request ID.
    pub name: Option<String>,
    /// The date that the certification or access request was completed.
    pub date_time: Option<String>,
    /// The type of governance event.
    pub r#type: Option<crate::CorrelatedGovernanceEventType>,
    /// The ID of the instance that caused the event - either the certification ID or access request ID.
    pub governance_id: Option<String>,
    /// The owners of the governance event (the certifiers or approvers)
    pub owners: Option<Vec<crate::CertifierResponse>>,
    /// The owners of the governance event (the certifiers or approvers), this field should be preferred over owners
    pub reviewers: Option<Vec<crate::CertifierResponse>>,
    /// The decision maker
    pub decision_maker: Option<crate::CertifierResponse>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl CorrelatedGovernanceEvent {
    /// Builds a `CorrelatedGovernanceEvent` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(CorrelatedGovernanceEvent {
    name: optional::<String>(name),
    date_time: optional::<String>(date_time),
    r#type: optional::<crate::CorrelatedGovernanceEventType>(r#type),
    governance_id: optional::<String>(governance_id),
    owners: optional::<Vec<crate::CertifierResponse>>(owners),
    reviewers: optional::<Vec<crate::CertifierResponse>>(reviewers),
    decision_maker: optional::<crate::CertifierResponse>(decision_maker),
});
crate::serde_helpers::serde_struct!(CorrelatedGovernanceEvent {
    name: optional("name"),
    date_time: optional("dateTime"),
    r#type: optional("type"),
    governance_id: optional("governanceId"),
    owners: optional("owners"),
    reviewers: optional("reviewers"),
    decision_maker: optional("decisionMaker"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for CorrelatedGovernanceEvent {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.owners, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.reviewers, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.decision_maker, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// The type of governance event.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum CorrelatedGovernanceEventType {
    /// `certification`
    Certification,
    /// `accessRequest`
    AccessRequest,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl CorrelatedGovernanceEventType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Certification => "certification",
            Self::AccessRequest => "accessRequest",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for CorrelatedGovernanceEventType {
    fn from(value: &str) -> Self {
        match value {
            "certification" => Self::Certification,
            "accessRequest" => Self::AccessRequest,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(CorrelatedGovernanceEventType);
