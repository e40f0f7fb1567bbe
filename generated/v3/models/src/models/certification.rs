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
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl Certification {
    /// Builds a `Certification` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `id`.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
    /// Sets `campaign`.
    pub fn campaign(mut self, value: impl Into<crate::Campaign>) -> Self {
        self.campaign = Some(value.into());
        self
    }
    /// Sets `completed`.
    pub fn completed(mut self, value: impl Into<bool>) -> Self {
        self.completed = Some(value.into());
        self
    }
    /// Sets `identities_completed`.
    pub fn identities_completed(mut self, value: impl Into<i32>) -> Self {
        self.identities_completed = Some(value.into());
        self
    }
    /// Sets `identities_total`.
    pub fn identities_total(mut self, value: impl Into<i32>) -> Self {
        self.identities_total = Some(value.into());
        self
    }
    /// Sets `created`.
    pub fn created(mut self, value: impl Into<crate::primitives::DateTime>) -> Self {
        self.created = Some(value.into());
        self
    }
    /// Sets `modified`.
    pub fn modified(mut self, value: impl Into<crate::primitives::DateTime>) -> Self {
        self.modified = Some(value.into());
        self
    }
    /// Sets `decisions_made`.
    pub fn decisions_made(mut self, value: impl Into<i32>) -> Self {
        self.decisions_made = Some(value.into());
        self
    }
    /// Sets `decisions_total`.
    pub fn decisions_total(mut self, value: impl Into<i32>) -> Self {
        self.decisions_total = Some(value.into());
        self
    }
    /// Sets `due`.
    pub fn due(mut self, value: impl Into<crate::primitives::DateTime>) -> Self {
        self.due = Some(Some(value.into()));
        self
    }
    /// Sets `due` to an explicit `null`.
    pub fn due_null(mut self) -> Self {
        self.due = Some(None);
        self
    }
    /// Sets `signed`.
    pub fn signed(mut self, value: impl Into<crate::primitives::DateTime>) -> Self {
        self.signed = Some(Some(value.into()));
        self
    }
    /// Sets `signed` to an explicit `null`.
    pub fn signed_null(mut self) -> Self {
        self.signed = Some(None);
        self
    }
    /// Sets `reviewer`.
    pub fn reviewer(mut self, value: impl Into<crate::Reviewer>) -> Self {
        self.reviewer = Some(value.into());
        self
    }
    /// Sets `reassignment`.
    pub fn reassignment(mut self, value: impl Into<crate::Reassignment>) -> Self {
        self.reassignment = Some(Some(value.into()));
        self
    }
    /// Sets `reassignment` to an explicit `null`.
    pub fn reassignment_null(mut self) -> Self {
        self.reassignment = Some(None);
        self
    }
    /// Sets `has_errors`.
    pub fn has_errors(mut self, value: impl Into<bool>) -> Self {
        self.has_errors = Some(value.into());
        self
    }
    /// Sets `error_message`.
    pub fn error_message(mut self, value: impl Into<String>) -> Self {
        self.error_message = Some(Some(value.into()));
        self
    }
    /// Sets `error_message` to an explicit `null`.
    pub fn error_message_null(mut self) -> Self {
        self.error_message = Some(None);
        self
    }
    /// Sets `phase`.
    pub fn phase(mut self, value: impl Into<crate::CertificationPhase>) -> Self {
        self.phase = Some(value.into());
        self
    }
}
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
