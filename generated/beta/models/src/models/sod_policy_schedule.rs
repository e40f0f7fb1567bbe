#[derive(Debug, Clone, PartialEq, Default)]
pub struct SodPolicySchedule {
    /// SOD Policy schedule name
    pub name: Option<String>,
    /// The time when this SOD policy schedule is created.
    pub created: Option<crate::primitives::DateTime>,
    /// The time when this SOD policy schedule is modified.
    pub modified: Option<crate::primitives::DateTime>,
    /// SOD Policy schedule description
    pub description: Option<String>,
    pub schedule: Option<crate::ScheduleV3>,
    pub recipients: Option<Vec<crate::SodRecipient>>,
    /// Indicates if empty results need to be emailed
    pub email_empty_results: Option<bool>,
    /// Policy's creator ID
    pub creator_id: Option<String>,
    /// Policy's modifier ID
    pub modifier_id: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl SodPolicySchedule {
    /// Builds a `SodPolicySchedule` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
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
    /// Sets `description`.
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }
    /// Sets `schedule`.
    pub fn schedule(mut self, value: impl Into<crate::ScheduleV3>) -> Self {
        self.schedule = Some(value.into());
        self
    }
    /// Sets `recipients`.
    pub fn recipients(mut self, value: impl Into<Vec<crate::SodRecipient>>) -> Self {
        self.recipients = Some(value.into());
        self
    }
    /// Sets `email_empty_results`.
    pub fn email_empty_results(mut self, value: impl Into<bool>) -> Self {
        self.email_empty_results = Some(value.into());
        self
    }
    /// Sets `creator_id`.
    pub fn creator_id(mut self, value: impl Into<String>) -> Self {
        self.creator_id = Some(value.into());
        self
    }
    /// Sets `modifier_id`.
    pub fn modifier_id(mut self, value: impl Into<String>) -> Self {
        self.modifier_id = Some(value.into());
        self
    }
}
crate::serde_helpers::serde_struct!(SodPolicySchedule {
    name: optional("name"),
    created: optional("created"),
    modified: optional("modified"),
    description: optional("description"),
    schedule: optional("schedule"),
    recipients: optional("recipients"),
    email_empty_results: optional("emailEmptyResults"),
    creator_id: optional("creatorId"),
    modifier_id: optional("modifierId"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for SodPolicySchedule {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.schedule, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.recipients, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
