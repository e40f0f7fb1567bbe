/// More complete representation of an access profile.
///
/// Includes the fields of [`BaseAccess`](crate::BaseAccess).
#[derive(Debug, Clone, PartialEq)]
pub struct AccessProfileDocument {
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
    /// Access profile's ID.
    pub id: String,
    /// Access profile's name.
    pub name: String,
    /// Access profile's source.
    pub source: Option<crate::AccessProfileDocumentSource>,
    /// Entitlements the access profile has access to.
    pub entitlements: Option<Vec<crate::BaseEntitlement>>,
    /// Number of entitlements.
    pub entitlement_count: Option<i64>,
    /// Segments with the access profile.
    pub segments: Option<Vec<crate::BaseSegment>>,
    /// Number of segments with the access profile.
    pub segment_count: Option<i32>,
    /// Tags that have been applied to the object.
    pub tags: Option<Vec<String>>,
    /// Applications with the access profile
    pub apps: Option<Vec<crate::AccessApps>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl AccessProfileDocument {
    /// Builds a `AccessProfileDocument` from its required fields; the others are unset.
    pub fn new(id: impl Into<String>, name: impl Into<String>) -> Self {
        Self {
            description: None,
            created: None,
            modified: None,
            synced: None,
            enabled: None,
            requestable: None,
            request_comments_required: None,
            owner: None,
            id: id.into(),
            name: name.into(),
            source: None,
            entitlements: None,
            entitlement_count: None,
            segments: None,
            segment_count: None,
            tags: None,
            apps: None,
            additional_properties: ::indexmap::IndexMap::new(),
        }
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
    /// Sets `source`.
    pub fn source(
        mut self,
        value: impl Into<crate::AccessProfileDocumentSource>,
    ) -> Self {
        self.source = Some(value.into());
        self
    }
    /// Sets `entitlements`.
    pub fn entitlements(
        mut self,
        value: impl Into<Vec<crate::BaseEntitlement>>,
    ) -> Self {
        self.entitlements = Some(value.into());
        self
    }
    /// Sets `entitlement_count`.
    pub fn entitlement_count(mut self, value: impl Into<i64>) -> Self {
        self.entitlement_count = Some(value.into());
        self
    }
    /// Sets `segments`.
    pub fn segments(mut self, value: impl Into<Vec<crate::BaseSegment>>) -> Self {
        self.segments = Some(value.into());
        self
    }
    /// Sets `segment_count`.
    pub fn segment_count(mut self, value: impl Into<i32>) -> Self {
        self.segment_count = Some(value.into());
        self
    }
    /// Sets `tags`.
    pub fn tags(mut self, value: impl Into<Vec<String>>) -> Self {
        self.tags = Some(value.into());
        self
    }
    /// Sets `apps`.
    pub fn apps(mut self, value: impl Into<Vec<crate::AccessApps>>) -> Self {
        self.apps = Some(value.into());
        self
    }
}
crate::serde_helpers::serde_struct!(AccessProfileDocument {
    description: optional("description"),
    created: nullable("created"),
    modified: nullable("modified"),
    synced: nullable("synced"),
    enabled: optional("enabled"),
    requestable: optional("requestable"),
    request_comments_required: optional("requestCommentsRequired"),
    owner: optional("owner"),
    id: required("id"),
    name: required("name"),
    source: optional("source"),
    entitlements: optional("entitlements"),
    entitlement_count: optional("entitlementCount"),
    segments: optional("segments"),
    segment_count: optional("segmentCount"),
    tags: optional("tags"),
    apps: optional("apps"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for AccessProfileDocument {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.owner, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.source, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.entitlements, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.segments, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.apps, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
