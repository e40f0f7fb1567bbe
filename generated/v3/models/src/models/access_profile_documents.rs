/// Includes the fields of [`AccessProfileDocument`](crate::AccessProfileDocument), [`BaseAccess`](crate::BaseAccess), [`DocumentFields`](crate::DocumentFields).
#[derive(Debug, Clone, PartialEq)]
pub struct AccessProfileDocuments {
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
    /// Name of the pod.
    pub pod: Option<String>,
    /// Name of the tenant.
    pub org: Option<String>,
    pub _type: Option<crate::DocumentType>,
    pub r#type: Option<crate::DocumentType>,
    /// Version number.
    pub _version: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl AccessProfileDocuments {
    /// Builds a `AccessProfileDocuments` from its required fields; the others are unset.
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
            pod: None,
            org: None,
            _type: None,
            r#type: None,
            _version: None,
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::setters!(AccessProfileDocuments {
    description: optional::<String>(description),
    created: nullable::<crate::primitives::DateTime>(created, created_null),
    modified: nullable::<crate::primitives::DateTime>(modified, modified_null),
    synced: nullable::<crate::primitives::DateTime>(synced, synced_null),
    enabled: optional::<bool>(enabled),
    requestable: optional::<bool>(requestable),
    request_comments_required: optional::<bool>(request_comments_required),
    owner: optional::<crate::BaseAccessOwner>(owner),
    source: optional::<crate::AccessProfileDocumentSource>(source),
    entitlements: optional::<Vec<crate::BaseEntitlement>>(entitlements),
    entitlement_count: optional::<i64>(entitlement_count),
    segments: optional::<Vec<crate::BaseSegment>>(segments),
    segment_count: optional::<i32>(segment_count),
    tags: optional::<Vec<String>>(tags),
    apps: optional::<Vec<crate::AccessApps>>(apps),
    pod: optional::<String>(pod),
    org: optional::<String>(org),
    _type: optional::<crate::DocumentType>(_type),
    r#type: optional::<crate::DocumentType>(r#type),
    _version: optional::<String>(_version),
});
crate::serde_helpers::serde_struct!(AccessProfileDocuments {
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
    pod: optional("pod"),
    org: optional("org"),
    _type: optional("_type"),
    r#type: optional("type"),
    _version: optional("_version"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for AccessProfileDocuments {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.owner, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.source, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.entitlements, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.segments, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.apps, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self._type, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
