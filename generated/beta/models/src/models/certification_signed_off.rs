#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct CertificationSignedOff {
    /// Certification campaign that was signed off on.
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
/// Certification campaign that was signed off on.
///
/// Includes the fields of [`CertificationDto`](crate::CertificationDto).
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct CertificationSignedOffCertification {
    #[serde(rename = "campaignRef")]
    pub campaign_ref: crate::CampaignReference,
    pub phase: crate::CertificationPhase,
    /// Date and time when the certification is due.
    pub due: crate::primitives::DateTime,
    /// Date and time when the reviewer signed off on the certification.
    pub signed: crate::primitives::DateTime,
    /// Reference to the reviewer for the campaign.
    pub reviewer: crate::Reviewer,
    /// Reference to the reviewer whom this campaign has been reassigned to.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub reassignment: Option<Option<crate::Reassignment>>,
    /// Indicates whether the certification has any errors.
    #[serde(rename = "hasErrors")]
    pub has_errors: bool,
    /// Message indicating what the error is.
    #[serde(
        rename = "errorMessage",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub error_message: Option<Option<String>>,
    /// Indicates whether all certification decisions have been made.
    pub completed: bool,
    /// Number of approve/revoke/acknowledge decisions the reviewer has made.
    #[serde(rename = "decisionsMade")]
    pub decisions_made: i32,
    /// Total number of approve/revoke/acknowledge decisions for the certification.
    #[serde(rename = "decisionsTotal")]
    pub decisions_total: i32,
    /// Number of entities (identities, access profiles, roles, etc.) that are complete and all decisions have been made for.
    #[serde(rename = "entitiesCompleted")]
    pub entities_completed: i32,
    /// Total number of entities (identities, access profiles, roles, etc.) in the certification, both complete and incomplete.
    #[serde(rename = "entitiesTotal")]
    pub entities_total: i32,
    /// Certification's unique ID.
    pub id: String,
    /// Certification's name.
    pub name: String,
    /// Date and time when the certification was created.
    pub created: crate::primitives::DateTime,
    /// Date and time when the certification was last modified.
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
        campaign_ref: crate::CampaignReference,
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
