#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct CertificationSignedOff {
    /// The certification campaign that was signed off on.
    pub certification: crate::CertificationSignedOffCertification,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl CertificationSignedOff {
    /// Builds a `CertificationSignedOff` from its required fields; the others are unset.
    pub fn new(certification: crate::CertificationSignedOffCertification) -> Self {
        Self {
            certification,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit for CertificationSignedOff {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.certification, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// The certification campaign that was signed off on.
///
/// Includes the fields of [`CertificationDto`](crate::CertificationDto).
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct CertificationSignedOffCertification {
    #[serde(rename = "campaignRef")]
    pub campaign_ref: crate::Campaign,
    pub phase: crate::CertificationPhase,
    /// The due date of the certification.
    pub due: crate::primitives::DateTime,
    /// The date the reviewer signed off on the certification.
    pub signed: crate::primitives::DateTime,
    /// A reference to the reviewer of the campaign.
    pub reviewer: crate::Reviewer,
    /// A reference to a reviewer that this campaign has been reassigned to.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub reassignment: Option<Option<crate::Reassignment>>,
    /// Indicates it the certification has any errors.
    #[serde(rename = "hasErrors")]
    pub has_errors: bool,
    /// A message indicating what the error is.
    #[serde(
        rename = "errorMessage",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub error_message: Option<Option<String>>,
    /// Indicates if all certification decisions have been made.
    pub completed: bool,
    /// The number of approve/revoke/acknowledge decisions that have been made by the reviewer.
    #[serde(rename = "decisionsMade")]
    pub decisions_made: i32,
    /// The total number of approve/revoke/acknowledge decisions for the certification.
    #[serde(rename = "decisionsTotal")]
    pub decisions_total: i32,
    /// The number of entities (identities, access profiles, roles, etc.) for which all decisions have been made and are complete.
    #[serde(rename = "entitiesCompleted")]
    pub entities_completed: i32,
    /// The total number of entities (identities, access profiles, roles, etc.) in the certification, both complete and incomplete.
    #[serde(rename = "entitiesTotal")]
    pub entities_total: i32,
    /// Unique ID of the certification.
    pub id: String,
    /// The name of the certification.
    pub name: String,
    /// The date and time the certification was created.
    pub created: crate::primitives::DateTime,
    /// The date and time the certification was last modified.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub modified: Option<Option<crate::primitives::DateTime>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl CertificationSignedOffCertification {
    /// Builds a `CertificationSignedOffCertification` from its required fields; the others are unset.
    pub fn new(
        campaign_ref: crate::Campaign,
        phase: crate::CertificationPhase,
        due: crate::primitives::DateTime,
        signed: crate::primitives::DateTime,
        reviewer: crate::Reviewer,
        has_errors: bool,
        completed: bool,
        decisions_made: i32,
        decisions_total: i32,
        entities_completed: i32,
        entities_total: i32,
        id: String,
        name: String,
        created: crate::primitives::DateTime,
    ) -> Self {
        Self {
            campaign_ref,
            phase,
            due,
            signed,
            reviewer,
            reassignment: None,
            has_errors,
            error_message: None,
            completed,
            decisions_made,
            decisions_total,
            entities_completed,
            entities_total,
            id,
            name,
            created,
            modified: None,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit for CertificationSignedOffCertification {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.campaign_ref, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.phase, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.reviewer, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.reassignment, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
