/// Role
///
/// Includes the fields of [`BaseAccess`](crate::BaseAccess).
#[derive(Debug, Clone, PartialEq)]
pub struct RoleDocument {
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
    /// ID of the role.
    pub id: String,
    /// Name of the role.
    pub name: String,
    /// Access profiles included with the role.
    pub access_profiles: Option<Option<Vec<crate::BaseAccessProfile>>>,
    /// Number of access profiles included with the role.
    pub access_profile_count: Option<Option<i32>>,
    /// Tags that have been applied to the object.
    pub tags: Option<Option<Vec<String>>>,
    /// Segments with the role.
    pub segments: Option<Option<Vec<crate::BaseSegment>>>,
    /// Number of segments with the role.
    pub segment_count: Option<Option<i32>>,
    /// Entitlements included with the role.
    pub entitlements: Option<Option<Vec<crate::RoleDocumentEntitlementsItem>>>,
    /// Number of entitlements included with the role.
    pub entitlement_count: Option<Option<i32>>,
    pub dimensional: Option<bool>,
    /// Number of dimension attributes included with the role.
    pub dimension_schema_attribute_count: Option<Option<i32>>,
    /// Dimension attributes included with the role.
    pub dimension_schema_attributes: Option<
        Option<Vec<crate::RoleDocumentDimensionSchemaAttributesItem>>,
    >,
    pub dimensions: Option<Option<Vec<crate::RoleDocumentDimensionsItem>>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl RoleDocument {
    /// Builds a `RoleDocument` from its required fields; the others are unset.
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
            access_profiles: None,
            access_profile_count: None,
            tags: None,
            segments: None,
            segment_count: None,
            entitlements: None,
            entitlement_count: None,
            dimensional: None,
            dimension_schema_attribute_count: None,
            dimension_schema_attributes: None,
            dimensions: None,
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
    /// Sets `access_profiles`.
    pub fn access_profiles(
        mut self,
        value: impl Into<Vec<crate::BaseAccessProfile>>,
    ) -> Self {
        self.access_profiles = Some(Some(value.into()));
        self
    }
    /// Sets `access_profiles` to an explicit `null`.
    pub fn access_profiles_null(mut self) -> Self {
        self.access_profiles = Some(None);
        self
    }
    /// Sets `access_profile_count`.
    pub fn access_profile_count(mut self, value: impl Into<i32>) -> Self {
        self.access_profile_count = Some(Some(value.into()));
        self
    }
    /// Sets `access_profile_count` to an explicit `null`.
    pub fn access_profile_count_null(mut self) -> Self {
        self.access_profile_count = Some(None);
        self
    }
    /// Sets `tags`.
    pub fn tags(mut self, value: impl Into<Vec<String>>) -> Self {
        self.tags = Some(Some(value.into()));
        self
    }
    /// Sets `tags` to an explicit `null`.
    pub fn tags_null(mut self) -> Self {
        self.tags = Some(None);
        self
    }
    /// Sets `segments`.
    pub fn segments(mut self, value: impl Into<Vec<crate::BaseSegment>>) -> Self {
        self.segments = Some(Some(value.into()));
        self
    }
    /// Sets `segments` to an explicit `null`.
    pub fn segments_null(mut self) -> Self {
        self.segments = Some(None);
        self
    }
    /// Sets `segment_count`.
    pub fn segment_count(mut self, value: impl Into<i32>) -> Self {
        self.segment_count = Some(Some(value.into()));
        self
    }
    /// Sets `segment_count` to an explicit `null`.
    pub fn segment_count_null(mut self) -> Self {
        self.segment_count = Some(None);
        self
    }
    /// Sets `entitlements`.
    pub fn entitlements(
        mut self,
        value: impl Into<Vec<crate::RoleDocumentEntitlementsItem>>,
    ) -> Self {
        self.entitlements = Some(Some(value.into()));
        self
    }
    /// Sets `entitlements` to an explicit `null`.
    pub fn entitlements_null(mut self) -> Self {
        self.entitlements = Some(None);
        self
    }
    /// Sets `entitlement_count`.
    pub fn entitlement_count(mut self, value: impl Into<i32>) -> Self {
        self.entitlement_count = Some(Some(value.into()));
        self
    }
    /// Sets `entitlement_count` to an explicit `null`.
    pub fn entitlement_count_null(mut self) -> Self {
        self.entitlement_count = Some(None);
        self
    }
    /// Sets `dimensional`.
    pub fn dimensional(mut self, value: impl Into<bool>) -> Self {
        self.dimensional = Some(value.into());
        self
    }
    /// Sets `dimension_schema_attribute_count`.
    pub fn dimension_schema_attribute_count(mut self, value: impl Into<i32>) -> Self {
        self.dimension_schema_attribute_count = Some(Some(value.into()));
        self
    }
    /// Sets `dimension_schema_attribute_count` to an explicit `null`.
    pub fn dimension_schema_attribute_count_null(mut self) -> Self {
        self.dimension_schema_attribute_count = Some(None);
        self
    }
    /// Sets `dimension_schema_attributes`.
    pub fn dimension_schema_attributes(
        mut self,
        value: impl Into<Vec<crate::RoleDocumentDimensionSchemaAttributesItem>>,
    ) -> Self {
        self.dimension_schema_attributes = Some(Some(value.into()));
        self
    }
    /// Sets `dimension_schema_attributes` to an explicit `null`.
    pub fn dimension_schema_attributes_null(mut self) -> Self {
        self.dimension_schema_attributes = Some(None);
        self
    }
    /// Sets `dimensions`.
    pub fn dimensions(
        mut self,
        value: impl Into<Vec<crate::RoleDocumentDimensionsItem>>,
    ) -> Self {
        self.dimensions = Some(Some(value.into()));
        self
    }
    /// Sets `dimensions` to an explicit `null`.
    pub fn dimensions_null(mut self) -> Self {
        self.dimensions = Some(None);
        self
    }
}
crate::serde_helpers::serde_struct!(RoleDocument {
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
    access_profiles: nullable("accessProfiles"),
    access_profile_count: nullable("accessProfileCount"),
    tags: nullable("tags"),
    segments: nullable("segments"),
    segment_count: nullable("segmentCount"),
    entitlements: nullable("entitlements"),
    entitlement_count: nullable("entitlementCount"),
    dimensional: optional("dimensional"),
    dimension_schema_attribute_count: nullable("dimensionSchemaAttributeCount"),
    dimension_schema_attributes: nullable("dimensionSchemaAttributes"),
    dimensions: nullable("dimensions"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for RoleDocument {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.owner, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.access_profiles, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.segments, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.entitlements, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.dimension_schema_attributes, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.dimensions, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
