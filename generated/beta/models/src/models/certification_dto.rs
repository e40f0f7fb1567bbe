#[derive(Debug, Clone, PartialEq)]
pub struct CertificationDto {
    pub campaign_ref: crate::CampaignReference,
    pub phase: crate::CertificationPhase,
    /// Date and time when the certification is due.
    pub due: crate::primitives::DateTime,
    /// Date and time when the reviewer signed off on the certification.
    pub signed: crate::primitives::DateTime,
    /// Reference to the reviewer for the campaign.
    pub reviewer: crate::Reviewer,
    /// Reference to the reviewer whom this campaign has been reassigned to.
    pub reassignment: Option<Option<crate::Reassignment>>,
    /// Indicates whether the certification has any errors.
    pub has_errors: bool,
    /// Message indicating what the error is.
    pub error_message: Option<Option<String>>,
    /// Indicates whether all certification decisions have been made.
    pub completed: bool,
    /// Number of approve/revoke/acknowledge decisions the reviewer has made.
    pub decisions_made: i32,
    /// Total number of approve/revoke/acknowledge decisions for the certification.
    pub decisions_total: i32,
    /// Number of entities (identities, access profiles, roles, etc.) that are complete and all decisions have been made for.
    pub entities_completed: i32,
    /// Total number of entities (identities, access profiles, roles, etc.) in the certification, both complete and incomplete.
    pub entities_total: i32,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl CertificationDto {
    /// Builds a `CertificationDto` from its required fields; the others are unset.
    pub fn new(
        campaign_ref: impl Into<crate::CampaignReference>,
        phase: impl Into<crate::CertificationPhase>,
        due: impl Into<crate::primitives::DateTime>,
        signed: impl Into<crate::primitives::DateTime>,
        reviewer: impl Into<crate::Reviewer>,
        has_errors: impl Into<bool>,
        completed: impl Into<bool>,
        decisions_made: impl Into<i32>,
        decisions_total: impl Into<i32>,
        entities_completed: impl Into<i32>,
        entities_total: impl Into<i32>,
    ) -> Self {
        Self {
            campaign_ref: campaign_ref.into(),
            phase: phase.into(),
            due: due.into(),
            signed: signed.into(),
            reviewer: reviewer.into(),
            reassignment: None,
            has_errors: has_errors.into(),
            error_message: None,
            completed: completed.into(),
            decisions_made: decisions_made.into(),
            decisions_total: decisions_total.into(),
            entities_completed: entities_completed.into(),
            entities_total: entities_total.into(),
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::setters!(CertificationDto {
    reassignment: nullable::<crate::Reassignment>(reassignment, reassignment_null),
    error_message: nullable::<String>(error_message, error_message_null),
});
crate::serde_helpers::serde_struct!(CertificationDto {
    campaign_ref: required("campaignRef"),
    phase: required("phase"),
    due: required("due"),
    signed: required("signed"),
    reviewer: required("reviewer"),
    reassignment: nullable("reassignment"),
    has_errors: required("hasErrors"),
    error_message: nullable("errorMessage"),
    completed: required("completed"),
    decisions_made: required("decisionsMade"),
    decisions_total: required("decisionsTotal"),
    entities_completed: required("entitiesCompleted"),
    entities_total: required("entitiesTotal"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for CertificationDto {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.campaign_ref, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.phase, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.reviewer, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.reassignment, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
