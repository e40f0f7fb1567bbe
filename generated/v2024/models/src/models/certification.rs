/// Identity Certification Dto
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Certification {
    /// id of the certification
    pub id: Option<String>,
    /// name of the certification
    pub name: Option<String>,
    pub campaign: Option<crate::Campaign>,
    /// Have all decisions been made?
    pub completed: Option<bool>,
    /// The number of identities for whom all decisions have been made and are complete.
    pub identities_completed: Option<i32>,
    /// The total number of identities in the Certification, both complete and incomplete.
    pub identities_total: Option<i32>,
    /// created date
    pub created: Option<crate::primitives::DateTime>,
    /// modified date
    pub modified: Option<crate::primitives::DateTime>,
    /// The number of approve/revoke/acknowledge decisions that have been made.
    pub decisions_made: Option<i32>,
    /// The total number of approve/revoke/acknowledge decisions.
    pub decisions_total: Option<i32>,
    /// The due date of the certification.
    pub due: Option<Option<crate::primitives::DateTime>>,
    /// The date the reviewer signed off on the Certification.
    pub signed: Option<Option<crate::primitives::DateTime>>,
    pub reviewer: Option<crate::Reviewer>,
    pub reassignment: Option<Option<crate::Reassignment>>,
    /// Identifies if the certification has an error
    pub has_errors: Option<bool>,
    /// Description of the certification error
    pub error_message: Option<Option<String>>,
    pub phase: Option<crate::CertificationPhase>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl Certification {
    /// Builds a `Certification` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(Certification {
    id: optional::<String>(id),
    name: optional::<String>(name),
    campaign: optional::<crate::Campaign>(campaign),
    completed: optional::<bool>(completed),
    identities_completed: optional::<i32>(identities_completed),
    identities_total: optional::<i32>(identities_total),
    created: optional::<crate::primitives::DateTime>(created),
    modified: optional::<crate::primitives::DateTime>(modified),
    decisions_made: optional::<i32>(decisions_made),
    decisions_total: optional::<i32>(decisions_total),
    due: nullable::<crate::primitives::DateTime>(due, due_null),
    signed: nullable::<crate::primitives::DateTime>(signed, signed_null),
    reviewer: optional::<crate::Reviewer>(reviewer),
    reassignment: nullable::<crate::Reassignment>(reassignment, reassignment_null),
    has_errors: optional::<bool>(has_errors),
    error_message: nullable::<String>(error_message, error_message_null),
    phase: optional::<crate::CertificationPhase>(phase),
});
crate::serde_helpers::serde_struct!(Certification {
    id: optional("id"),
    name: optional("name"),
    campaign: optional("campaign"),
    completed: optional("completed"),
    identities_completed: optional("identitiesCompleted"),
    identities_total: optional("identitiesTotal"),
    created: optional("created"),
    modified: optional("modified"),
    decisions_made: optional("decisionsMade"),
    decisions_total: optional("decisionsTotal"),
    due: nullable("due"),
    signed: nullable("signed"),
    reviewer: optional("reviewer"),
    reassignment: nullable("reassignment"),
    has_errors: optional("hasErrors"),
    error_message: nullable("errorMessage"),
    phase: optional("phase"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for Certification {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.campaign, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.reviewer, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.reassignment, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.phase, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
