/// Role
///
/// Includes the fields of [`BaseAccess`](crate::BaseAccess).
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct RoleDocument {
    /// Access item's description.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// ISO-8601 date-time referring to the time when the object was created.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub created: Option<Option<crate::primitives::DateTime>>,
    /// ISO-8601 date-time referring to the time when the object was last modified.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub modified: Option<Option<crate::primitives::DateTime>>,
    /// ISO-8601 date-time referring to the date-time when object was queued to be synced into search database for use in the search API.
    /// This date-time changes anytime there is an update to the object, which triggers a synchronization event being sent to the search database.
    /// There may be some delay between the `synced` time and the time when the updated data is actually available in the search API.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub synced: Option<Option<crate::primitives::DateTime>>,
    /// Indicates whether the access item is currently enabled.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
    /// Indicates whether the access item can be requested.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub requestable: Option<bool>,
    /// Indicates whether comments are required for requests to access the item.
    #[serde(
        rename = "requestCommentsRequired",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub request_comments_required: Option<bool>,
    /// Owner's identity.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner: Option<crate::BaseAccessOwner>,
    /// ID of the role.
    pub id: String,
    /// Name of the role.
    pub name: String,
    /// Access profiles included with the role.
    #[serde(
        rename = "accessProfiles",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub access_profiles: Option<Option<Vec<crate::BaseAccessProfile>>>,
    /// Number of access profiles included with the role.
    #[serde(
        rename = "accessProfileCount",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub access_profile_count: Option<Option<i32>>,
    /// Tags that have been applied to the object.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub tags: Option<Option<Vec<String>>>,
    /// Segments with the role.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub segments: Option<Option<Vec<crate::BaseSegment>>>,
    /// Number of segments with the role.
    #[serde(
        rename = "segmentCount",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub segment_count: Option<Option<i32>>,
    /// Entitlements included with the role.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub entitlements: Option<Option<Vec<crate::RoleDocumentEntitlementsItem>>>,
    /// Number of entitlements included with the role.
    #[serde(
        rename = "entitlementCount",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub entitlement_count: Option<Option<i32>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dimensional: Option<bool>,
    /// Number of dimension attributes included with the role.
    #[serde(
        rename = "dimensionSchemaAttributeCount",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub dimension_schema_attribute_count: Option<Option<i32>>,
    /// Dimension attributes included with the role.
    #[serde(
        rename = "dimensionSchemaAttributes",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub dimension_schema_attributes: Option<
        Option<Vec<crate::RoleDocumentDimensionSchemaAttributesItem>>,
    >,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub dimensions: Option<Option<Vec<crate::RoleDocumentDimensionsItem>>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl RoleDocument {
    /// Builds a `RoleDocument` from its required fields; the others are unset.
    pub fn new(id: String, name: String) -> Self {
        Self {
            description: None,
            created: None,
            modified: None,
            synced: None,
            enabled: None,
            requestable: None,
            request_comments_required: None,
            owner: None,
            id,
            name,
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
}
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
