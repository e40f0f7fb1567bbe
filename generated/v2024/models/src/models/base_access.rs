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
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl BaseAccess {
    /// Builds a `BaseAccess` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(BaseAccess {
    description: optional::<String>(description),
    created: nullable::<crate::primitives::DateTime>(created, created_null),
    modified: nullable::<crate::primitives::DateTime>(modified, modified_null),
    synced: nullable::<crate::primitives::DateTime>(synced, synced_null),
    enabled: optional::<bool>(enabled),
    requestable: optional::<bool>(requestable),
    request_comments_required: optional::<bool>(request_comments_required),
    owner: optional::<crate::BaseAccessOwner>(owner),
});
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
