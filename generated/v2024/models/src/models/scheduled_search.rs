/// Includes the fields of [`ScheduledSearchName`](crate::ScheduledSearchName), [`SearchSchedule`](crate::SearchSchedule).
#[derive(Debug, Clone, PartialEq)]
pub struct ScheduledSearch {
    /// The scheduled search ID.
    ///
    /// Read-only: set by the server, which always sends it; `None` leaves it out of a request.
    pub id: Option<String>,
    /// The owner of the scheduled search
    ///
    /// Read-only: set by the server, which always sends it; `None` leaves it out of a request.
    pub owner: Option<crate::ScheduledSearchOwner>,
    /// The ID of the scheduled search owner.
    ///
    /// Please use the `id` in the `owner` object instead.
    ///
    /// Read-only: set by the server, which always sends it; `None` leaves it out of a request.
    #[deprecated]
    pub owner_id: Option<String>,
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
impl ScheduledSearch {
    /// Builds a `ScheduledSearch` from its required fields; the others are unset.
    pub fn new(
        saved_search_id: impl Into<String>,
        schedule: impl Into<crate::Schedule>,
        recipients: impl Into<Vec<crate::SearchScheduleRecipientsItem>>,
    ) -> Self {
        Self {
            id: None,
            owner: None,
            owner_id: None,
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
crate::serde_helpers::setters!(ScheduledSearch {
    id: optional::<String>(id),
    owner: optional::<crate::ScheduledSearchOwner>(owner),
    #[deprecated]
    owner_id: optional::<String>(owner_id),
    name: nullable::<String>(name, name_null),
    description: nullable::<String>(description, description_null),
    created: nullable::<crate::primitives::DateTime>(created, created_null),
    modified: nullable::<crate::primitives::DateTime>(modified, modified_null),
    enabled: optional::<bool>(enabled),
    email_empty_results: optional::<bool>(email_empty_results),
    display_query_details: optional::<bool>(display_query_details),
});
crate::serde_helpers::serde_struct!(ScheduledSearch {
    id: optional("id"),
    owner: optional("owner"),
    owner_id: optional("ownerId"),
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
impl crate::serde_helpers::SchemaFit for ScheduledSearch {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.owner, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.schedule, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.recipients, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// The owner of the scheduled search
#[derive(Debug, Clone, PartialEq)]
pub struct ScheduledSearchOwner {
    /// The type of object being referenced
    pub r#type: crate::ScheduledSearchOwnerType,
    /// The ID of the referenced object
    pub id: String,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl ScheduledSearchOwner {
    /// Builds a `ScheduledSearchOwner` from its required fields; the others are unset.
    pub fn new(
        r#type: impl Into<crate::ScheduledSearchOwnerType>,
        id: impl Into<String>,
    ) -> Self {
        Self {
            r#type: r#type.into(),
            id: id.into(),
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::serde_struct!(ScheduledSearchOwner {
    r#type: required("type"),
    id: required("id"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for ScheduledSearchOwner {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// The type of object being referenced
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ScheduledSearchOwnerType {
    /// `IDENTITY`
    Identity,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl ScheduledSearchOwnerType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Identity => "IDENTITY",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for ScheduledSearchOwnerType {
    fn from(value: &str) -> Self {
        match value {
            "IDENTITY" => Self::Identity,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(ScheduledSearchOwnerType);
