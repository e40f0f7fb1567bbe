/// Includes the fields of [`ScheduledSearchName`](crate::ScheduledSearchName), [`SearchSchedule`](crate::SearchSchedule).
#[derive(Debug, Clone, PartialEq)]
pub struct CreateScheduledSearchRequest {
    /// The name of the scheduled search.
    pub name: Option<Option<String>>,
    /// The description of the scheduled search.
    pub description: Option<Option<String>>,
    /// The ID of the saved search that will be executed.
    pub saved_search_id: String,
    /// The date the scheduled search was initially created.
    ///
    /// Read-only: set by the server.
    pub created: Option<Option<crate::primitives::DateTime>>,
    /// The last date the scheduled search was modified.
    ///
    /// Read-only: set by the server.
    pub modified: Option<Option<crate::primitives::DateTime>>,
    pub schedule: crate::Schedule,
    /// A list of identities that should receive the scheduled search report via email.
    pub recipients: Vec<crate::SearchScheduleRecipientsItem>,
    /// Indicates if the scheduled search is enabled.
    pub enabled: Option<bool>,
    /// Indicates if email generation should occur when search returns no results.
    pub email_empty_results: Option<bool>,
    /// Indicates if the generated email should include the query and search results preview (which could include PII).
    pub display_query_details: Option<bool>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl CreateScheduledSearchRequest {
    /// Builds a `CreateScheduledSearchRequest` from its required fields; the others are unset.
    pub fn new(
        saved_search_id: impl Into<String>,
        schedule: impl Into<crate::Schedule>,
        recipients: impl Into<Vec<crate::SearchScheduleRecipientsItem>>,
    ) -> Self {
        Self {
            name: None,
            description: None,
            saved_search_id: saved_search_id.into(),
            created: None,
            modified: None,
            schedule: schedule.into(),
            recipients: recipients.into(),
            enabled: None,
            email_empty_results: None,
            display_query_details: None,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(Some(value.into()));
        self
    }
    /// Sets `name` to an explicit `null`.
    pub fn name_null(mut self) -> Self {
        self.name = Some(None);
        self
    }
    /// Sets `description`.
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(Some(value.into()));
        self
    }
    /// Sets `description` to an explicit `null`.
    pub fn description_null(mut self) -> Self {
        self.description = Some(None);
        self
    }
    /// Sets `created`.
    pub fn created(mut self, value: impl Into<crate::primitives::DateTime>) -> Self {
        self.created = Some(Some(value.into()));
        self
    }
    /// Sets `created` to an explicit `null`.
    pub fn created_null(mut self) -> Self {
        self.created = Some(None);
        self
    }
    /// Sets `modified`.
    pub fn modified(mut self, value: impl Into<crate::primitives::DateTime>) -> Self {
        self.modified = Some(Some(value.into()));
        self
    }
    /// Sets `modified` to an explicit `null`.
    pub fn modified_null(mut self) -> Self {
        self.modified = Some(None);
        self
    }
    /// Sets `enabled`.
    pub fn enabled(mut self, value: impl Into<bool>) -> Self {
        self.enabled = Some(value.into());
        self
    }
    /// Sets `email_empty_results`.
    pub fn email_empty_results(mut self, value: impl Into<bool>) -> Self {
        self.email_empty_results = Some(value.into());
        self
    }
    /// Sets `display_query_details`.
    pub fn display_query_details(mut self, value: impl Into<bool>) -> Self {
        self.display_query_details = Some(value.into());
        self
    }
}
crate::serde_helpers::serde_struct!(CreateScheduledSearchRequest {
    name: nullable("name"),
    description: nullable("description"),
    saved_search_id: required("savedSearchId"),
    created: nullable("created"),
    modified: nullable("modified"),
    schedule: required("schedule"),
    recipients: required("recipients"),
    enabled: optional("enabled"),
    email_empty_results: optional("emailEmptyResults"),
    display_query_details: optional("displayQueryDetails"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for CreateScheduledSearchRequest {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.schedule, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.recipients, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
