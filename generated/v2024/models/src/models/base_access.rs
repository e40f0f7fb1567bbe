#[derive(Debug, Clone, PartialEq, Default)]
pub struct BaseAccess {
    /// Access item's description.
    pub description: Option<String>,
    /// ISO-8601 date-time referring to the time when the object was created.
    pub created: Option<Option<crate::primitives::DateTime>>,
    /// ISO-8601 date-time referring to the time when the object was last modified.
    pub modified: Option<Option<crate::primitives::DateTime>>,
    /// ISO-8601 date-time referring to the date-time when object was queued to be synced into search database for use in the search API.
    /// This date-time changes anytime there is an update to the object, which triggers a synchronization event being sent to the search database.
    /// There may be some delay between the `synced` time and the time when the updated data is actually available in the search API.
    pub synced: Option<Option<crate::primitives::DateTime>>,
    /// Indicates whether the access item is currently enabled.
    pub enabled: Option<bool>,
    /// Indicates whether the access item can be requested.
    pub requestable: Option<bool>,
    /// Indicates whether comments are required for requests to access the item.
    pub request_comments_required: Option<bool>,
    /// Owner's identity.
    pub owner: Option<crate::BaseAccessOwner>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl BaseAccess {
    /// Builds a `BaseAccess` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `description`.
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
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
    /// Sets `synced`.
    pub fn synced(mut self, value: impl Into<crate::primitives::DateTime>) -> Self {
        self.synced = Some(Some(value.into()));
        self
    }
    /// Sets `synced` to an explicit `null`.
    pub fn synced_null(mut self) -> Self {
        self.synced = Some(None);
        self
    }
    /// Sets `enabled`.
    pub fn enabled(mut self, value: impl Into<bool>) -> Self {
        self.enabled = Some(value.into());
        self
    }
    /// Sets `requestable`.
    pub fn requestable(mut self, value: impl Into<bool>) -> Self {
        self.requestable = Some(value.into());
        self
    }
    /// Sets `request_comments_required`.
    pub fn request_comments_required(mut self, value: impl Into<bool>) -> Self {
        self.request_comments_required = Some(value.into());
        self
    }
    /// Sets `owner`.
    pub fn owner(mut self, value: impl Into<crate::BaseAccessOwner>) -> Self {
        self.owner = Some(value.into());
        self
    }
}
crate::serde_helpers::serde_struct!(BaseAccess {
    description: optional("description"),
    created: nullable("created"),
    modified: nullable("modified"),
    synced: nullable("synced"),
    enabled: optional("enabled"),
    requestable: optional("requestable"),
    request_comments_required: optional("requestCommentsRequired"),
    owner: optional("owner"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for BaseAccess {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.owner, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
