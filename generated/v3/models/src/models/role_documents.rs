/// Includes the fields of [`RoleDocument`](crate::RoleDocument), [`BaseAccess`](crate::BaseAccess), [`DocumentFields`](crate::DocumentFields).
#[derive(Debug, Clone, PartialEq)]
pub struct RoleDocuments {
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
impl RoleDocuments {
    /// Builds a `RoleDocuments` from its required fields; the others are unset.
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
            pod: None,
            org: None,
            _type: None,
            r#type: None,
            _version: None,
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::setters!(RoleDocuments {
    description: optional::<String>(description),
    created: nullable::<crate::primitives::DateTime>(created, created_null),
    modified: nullable::<crate::primitives::DateTime>(modified, modified_null),
    synced: nullable::<crate::primitives::DateTime>(synced, synced_null),
    enabled: optional::<bool>(enabled),
    requestable: optional::<bool>(requestable),
    request_comments_required: optional::<bool>(request_comments_required),
    owner: optional::<crate::BaseAccessOwner>(owner),
    access_profiles: nullable::<Vec<crate::BaseAccessProfile>>(access_profiles, access_profiles_null),
    access_profile_count: nullable::<i32>(access_profile_count, access_profile_count_null),
    tags: nullable::<Vec<String>>(tags, tags_null),
    segments: nullable::<Vec<crate::BaseSegment>>(segments, segments_null),
    segment_count: nullable::<i32>(segment_count, segment_count_null),
    entitlements: nullable::<Vec<crate::RoleDocumentEntitlementsItem>>(entitlements, entitlements_null),
    entitlement_count: nullable::<i32>(entitlement_count, entitlement_count_null),
    dimensional: optional::<bool>(dimensional),
    dimension_schema_attribute_count: nullable::<i32>(dimension_schema_attribute_count, dimension_schema_attribute_count_null),
    dimension_schema_attributes: nullable::<Vec<crate::RoleDocumentDimensionSchemaAttributesItem>>(dimension_schema_attributes, dimension_schema_attributes_null),
    dimensions: nullable::<Vec<crate::RoleDocumentDimensionsItem>>(dimensions, dimensions_null),
    pod: optional::<String>(pod),
    org: optional::<String>(org),
    _type: optional::<crate::DocumentType>(_type),
    r#type: optional::<crate::DocumentType>(r#type),
    _version: optional::<String>(_version),
});
crate::serde_helpers::serde_struct!(RoleDocuments {
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
    pod: optional("pod"),
    org: optional("org"),
    _type: optional("_type"),
    r#type: optional("type"),
    _version: optional("_version"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for RoleDocuments {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.owner, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.access_profiles, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.segments, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.entitlements, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.dimension_schema_attributes, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.dimensions, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self._type, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
