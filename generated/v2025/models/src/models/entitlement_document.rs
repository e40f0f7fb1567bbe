/// Entitlement
///
/// Includes the fields of [`BaseDocument`](crate::BaseDocument).
#[derive(Debug, Clone, PartialEq)]
pub struct EntitlementDocument {
    /// ID of the referenced object.
    pub id: String,
    /// The human readable name of the referenced object.
    pub name: String,
    /// ISO-8601 date-time referring to the time when the object was last modified.
    pub modified: Option<Option<crate::primitives::DateTime>>,
    /// ISO-8601 date-time referring to the date-time when object was queued to be synced into search database for use in the search API.
    /// This date-time changes anytime there is an update to the object, which triggers a synchronization event being sent to the search database.
    /// There may be some delay between the `synced` time and the time when the updated data is actually available in the search API.
    pub synced: Option<String>,
    /// Entitlement's display name.
    pub display_name: Option<String>,
    /// Entitlement's source.
    pub source: Option<crate::EntitlementDocumentSource>,
    /// Segments with the entitlement.
    pub segments: Option<Vec<crate::BaseSegment>>,
    /// Number of segments with the role.
    pub segment_count: Option<i32>,
    /// Indicates whether the entitlement is requestable.
    pub requestable: Option<bool>,
    /// Indicates whether the entitlement is cloud governed.
    pub cloud_governed: Option<bool>,
    /// ISO-8601 date-time referring to the time when the object was created.
    pub created: Option<Option<crate::primitives::DateTime>>,
    /// Indicates whether the entitlement is privileged.
    pub privileged: Option<bool>,
    /// Tags that have been applied to the object.
    pub tags: Option<Vec<String>>,
    /// Attribute information for the entitlement.
    pub attribute: Option<String>,
    /// Value of the entitlement.
    pub value: Option<String>,
    /// Source schema object type of the entitlement.
    pub source_schema_object_type: Option<String>,
    /// Schema type of the entitlement.
    pub schema: Option<String>,
    /// Read-only calculated hash value of an entitlement.
    pub hash: Option<String>,
    /// Attributes of the entitlement.
    pub attributes: Option<::serde_json::Value>,
    /// Truncated attributes of the entitlement.
    pub truncated_attributes: Option<Vec<String>>,
    /// Indicates whether the entitlement contains data access.
    pub contains_data_access: Option<bool>,
    /// Indicates whether the entitlement's display name and/or description have been manually updated.
    pub manually_updated_fields: Option<
        Option<crate::EntitlementDocumentManuallyUpdatedFields>,
    >,
    pub permissions: Option<Vec<crate::EntitlementDocumentPermissionsItem>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl EntitlementDocument {
    /// Builds a `EntitlementDocument` from its required fields; the others are unset.
    pub fn new(id: impl Into<String>, name: impl Into<String>) -> Self {
        Self {
            id: id.into(),
            name: name.into(),
            modified: None,
            synced: None,
            display_name: None,
            source: None,
            segments: None,
            segment_count: None,
            requestable: None,
            cloud_governed: None,
            created: None,
            privileged: None,
            tags: None,
            attribute: None,
            value: None,
            source_schema_object_type: None,
            schema: None,
            hash: None,
            attributes: None,
            truncated_attributes: None,
            contains_data_access: None,
            manually_updated_fields: None,
            permissions: None,
            additional_properties: ::indexmap::IndexMap::new(),
        }
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
    pub fn synced(mut self, value: impl Into<String>) -> Self {
        self.synced = Some(value.into());
        self
    }
    /// Sets `display_name`.
    pub fn display_name(mut self, value: impl Into<String>) -> Self {
        self.display_name = Some(value.into());
        self
    }
    /// Sets `source`.
    pub fn source(mut self, value: impl Into<crate::EntitlementDocumentSource>) -> Self {
        self.source = Some(value.into());
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
    /// Sets `requestable`.
    pub fn requestable(mut self, value: impl Into<bool>) -> Self {
        self.requestable = Some(value.into());
        self
    }
    /// Sets `cloud_governed`.
    pub fn cloud_governed(mut self, value: impl Into<bool>) -> Self {
        self.cloud_governed = Some(value.into());
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
    /// Sets `privileged`.
    pub fn privileged(mut self, value: impl Into<bool>) -> Self {
        self.privileged = Some(value.into());
        self
    }
    /// Sets `tags`.
    pub fn tags(mut self, value: impl Into<Vec<String>>) -> Self {
        self.tags = Some(value.into());
        self
    }
    /// Sets `attribute`.
    pub fn attribute(mut self, value: impl Into<String>) -> Self {
        self.attribute = Some(value.into());
        self
    }
    /// Sets `value`.
    pub fn value(mut self, value: impl Into<String>) -> Self {
        self.value = Some(value.into());
        self
    }
    /// Sets `source_schema_object_type`.
    pub fn source_schema_object_type(mut self, value: impl Into<String>) -> Self {
        self.source_schema_object_type = Some(value.into());
        self
    }
    /// Sets `schema`.
    pub fn schema(mut self, value: impl Into<String>) -> Self {
        self.schema = Some(value.into());
        self
    }
    /// Sets `hash`.
    pub fn hash_(mut self, value: impl Into<String>) -> Self {
        self.hash = Some(value.into());
        self
    }
    /// Sets `attributes`.
    pub fn attributes(mut self, value: impl Into<::serde_json::Value>) -> Self {
        self.attributes = Some(value.into());
        self
    }
    /// Sets `truncated_attributes`.
    pub fn truncated_attributes(mut self, value: impl Into<Vec<String>>) -> Self {
        self.truncated_attributes = Some(value.into());
        self
    }
    /// Sets `contains_data_access`.
    pub fn contains_data_access(mut self, value: impl Into<bool>) -> Self {
        self.contains_data_access = Some(value.into());
        self
    }
    /// Sets `manually_updated_fields`.
    pub fn manually_updated_fields(
        mut self,
        value: impl Into<crate::EntitlementDocumentManuallyUpdatedFields>,
    ) -> Self {
        self.manually_updated_fields = Some(Some(value.into()));
        self
    }
    /// Sets `manually_updated_fields` to an explicit `null`.
    pub fn manually_updated_fields_null(mut self) -> Self {
        self.manually_updated_fields = Some(None);
        self
    }
    /// Sets `permissions`.
    pub fn permissions(
        mut self,
        value: impl Into<Vec<crate::EntitlementDocumentPermissionsItem>>,
    ) -> Self {
        self.permissions = Some(value.into());
        self
    }
}
crate::serde_helpers::serde_struct!(EntitlementDocument {
    id: required("id"),
    name: required("name"),
    modified: nullable("modified"),
    synced: optional("synced"),
    display_name: optional("displayName"),
    source: optional("source"),
    segments: optional("segments"),
    segment_count: optional("segmentCount"),
    requestable: optional("requestable"),
    cloud_governed: optional("cloudGoverned"),
    created: nullable("created"),
    privileged: optional("privileged"),
    tags: optional("tags"),
    attribute: optional("attribute"),
    value: optional("value"),
    source_schema_object_type: optional("sourceSchemaObjectType"),
    schema: optional("schema"),
    hash: optional("hash"),
    attributes: nullable("attributes"),
    truncated_attributes: optional("truncatedAttributes"),
    contains_data_access: optional("containsDataAccess"),
    manually_updated_fields: nullable("manuallyUpdatedFields"),
    permissions: optional("permissions"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for EntitlementDocument {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.source, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.segments, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.attributes, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.manually_updated_fields, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.permissions, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
