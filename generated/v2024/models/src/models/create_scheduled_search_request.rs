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
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
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
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::setters!(CreateScheduledSearchRequest {
    name: nullable::<String>(name, name_null),
    description: nullable::<String>(description, description_null),
    created: nullable::<crate::primitives::DateTime>(created, created_null),
    modified: nullable::<crate::primitives::DateTime>(modified, modified_null),
    enabled: optional::<bool>(enabled),
    email_empty_results: optional::<bool>(email_empty_results),
    display_query_details: optional::<bool>(display_query_details),
});
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
