/// Identity Certification Dto
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct Certification {
    /// id of the certification
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// name of the certification
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub campaign: Option<crate::Campaign>,
    /// Have all decisions been made?
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub completed: Option<bool>,
    /// The number of identities for whom all decisions have been made and are complete.
    #[serde(
        rename = "identitiesCompleted",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub identities_completed: Option<i32>,
    /// The total number of identities in the Certification, both complete and incomplete.
    #[serde(
        rename = "identitiesTotal",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub identities_total: Option<i32>,
    /// created date
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created: Option<crate::primitives::DateTime>,
    /// modified date
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub modified: Option<crate::primitives::DateTime>,
    /// The number of approve/revoke/acknowledge decisions that have been made.
    #[serde(rename = "decisionsMade", default, skip_serializing_if = "Option::is_none")]
    pub decisions_made: Option<i32>,
    /// The total number of approve/revoke/acknowledge decisions.
    #[serde(rename = "decisionsTotal", default, skip_serializing_if = "Option::is_none")]
    pub decisions_total: Option<i32>,
    /// The due date of the certification.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub due: Option<Option<crate::primitives::DateTime>>,
    /// The date the reviewer signed off on the Certification.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub signed: Option<Option<crate::primitives::DateTime>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reviewer: Option<crate::Reviewer>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub reassignment: Option<Option<crate::Reassignment>>,
    /// Identifies if the certification has an error
    #[serde(rename = "hasErrors", default, skip_serializing_if = "Option::is_none")]
    pub has_errors: Option<bool>,
    /// Description of the certification error
    #[serde(
        rename = "errorMessage",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub error_message: Option<Option<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phase: Option<crate::CertificationPhase>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl Certification {
    /// Builds a `Certification` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
impl crate::serde_helpers::SchemaFit for Certification {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.campaign, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.reviewer, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.reassignment, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.phase, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
