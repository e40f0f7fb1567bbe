/// Includes the fields of [`ScheduledSearchName`](crate::ScheduledSearchName), [`SearchSchedule`](crate::SearchSchedule).
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ScheduledSearch {
    /// The scheduled search ID.
    ///
    /// Read-only: set by the server, which always sends it; `None` leaves it out of a request.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The owner of the scheduled search
    ///
    /// Read-only: set by the server, which always sends it; `None` leaves it out of a request.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner: Option<crate::ScheduledSearchOwner>,
    /// The ID of the scheduled search owner.
    ///
    /// Please use the `id` in the `owner` object instead.
    ///
    /// Read-only: set by the server, which always sends it; `None` leaves it out of a request.
    #[deprecated]
    #[serde(rename = "ownerId", default, skip_serializing_if = "Option::is_none")]
    pub owner_id: Option<String>,
    /// The name of the scheduled search.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub name: Option<Option<String>>,
    /// The description of the scheduled search.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub description: Option<Option<String>>,
    /// The ID of the saved search that will be executed.
    #[serde(rename = "savedSearchId")]
    pub saved_search_id: String,
    /// The date the scheduled search was initially created.
    ///
    /// Read-only: set by the server.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub created: Option<Option<crate::primitives::DateTime>>,
    /// The last date the scheduled search was modified.
    ///
    /// Read-only: set by the server.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub modified: Option<Option<crate::primitives::DateTime>>,
    pub schedule: crate::Schedule,
    /// A list of identities that should receive the scheduled search report via email.
    pub recipients: Vec<crate::SearchScheduleRecipientsItem>,
    /// Indicates if the scheduled search is enabled.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
    /// Indicates if email generation should occur when search returns no results.
    #[serde(
        rename = "emailEmptyResults",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub email_empty_results: Option<bool>,
    /// Indicates if the generated email should include the query and search results preview (which could include PII).
    #[serde(
        rename = "displayQueryDetails",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub display_query_details: Option<bool>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl ScheduledSearch {
    /// Builds a `ScheduledSearch` from its required fields; the others are unset.
    pub fn new(
        saved_search_id: String,
        schedule: crate::Schedule,
        recipients: Vec<crate::SearchScheduleRecipientsItem>,
    ) -> Self {
        Self {
            id: None,
            owner: None,
            owner_id: None,
            name: None,
            description: None,
            saved_search_id,
            created: None,
            modified: None,
            schedule,
            recipients,
            enabled: None,
            email_empty_results: None,
            display_query_details: None,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit for ScheduledSearch {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.owner, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.schedule, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.recipients, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// The owner of the scheduled search
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ScheduledSearchOwner {
    /// The type of object being referenced
    pub r#type: crate::ScheduledSearchOwnerType,
    /// The ID of the referenced object
    pub id: String,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl ScheduledSearchOwner {
    /// Builds a `ScheduledSearchOwner` from its required fields; the others are unset.
    pub fn new(r#type: crate::ScheduledSearchOwnerType, id: String) -> Self {
        Self {
            r#type,
            id,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
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
