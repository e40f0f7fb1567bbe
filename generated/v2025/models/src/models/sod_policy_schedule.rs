#[derive(Debug, Clone, PartialEq, Default)]
pub struct SodPolicySchedule {
    /// SOD Policy schedule name
    pub name: Option<String>,
    /// The time when this SOD policy schedule is created.
    ///
    /// Read-only: set by the server.
    pub created: Option<crate::primitives::DateTime>,
    /// The time when this SOD policy schedule is modified.
    ///
    /// Read-only: set by the server.
    pub modified: Option<crate::primitives::DateTime>,
    /// SOD Policy schedule description
    pub description: Option<String>,
    pub schedule: Option<crate::Schedule>,
    pub recipients: Option<Vec<crate::SodRecipient>>,
    /// Indicates if empty results need to be emailed
    pub email_empty_results: Option<bool>,
    /// Policy's creator ID
    ///
    /// Read-only: set by the server.
    pub creator_id: Option<String>,
    /// Policy's modifier ID
    ///
    /// Read-only: set by the server.
    pub modifier_id: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl SodPolicySchedule {
    /// Builds a `SodPolicySchedule` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(SodPolicySchedule {
    name: optional::<String>(name),
    created: optional::<crate::primitives::DateTime>(created),
    modified: optional::<crate::primitives::DateTime>(modified),
    description: optional::<String>(description),
    schedule: optional::<crate::Schedule>(schedule),
    recipients: optional::<Vec<crate::SodRecipient>>(recipients),
    email_empty_results: optional::<bool>(email_empty_results),
    creator_id: optional::<String>(creator_id),
    modifier_id: optional::<String>(modifier_id),
});
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
