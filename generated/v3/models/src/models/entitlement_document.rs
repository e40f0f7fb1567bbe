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
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
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
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::setters!(EntitlementDocument {
    modified: nullable::<crate::primitives::DateTime>(modified, modified_null),
    synced: optional::<String>(synced),
    display_name: optional::<String>(display_name),
    source: optional::<crate::EntitlementDocumentSource>(source),
    segments: optional::<Vec<crate::BaseSegment>>(segments),
    segment_count: optional::<i32>(segment_count),
    requestable: optional::<bool>(requestable),
    cloud_governed: optional::<bool>(cloud_governed),
    created: nullable::<crate::primitives::DateTime>(created, created_null),
    privileged: optional::<bool>(privileged),
    tags: optional::<Vec<String>>(tags),
    attribute: optional::<String>(attribute),
    value: optional::<String>(value),
    source_schema_object_type: optional::<String>(source_schema_object_type),
    schema: optional::<String>(schema),
    hash_: optional::<String>(hash),
    attributes: optional::<::serde_json::Value>(attributes),
    truncated_attributes: optional::<Vec<String>>(truncated_attributes),
    contains_data_access: optional::<bool>(contains_data_access),
    manually_updated_fields: nullable::<crate::EntitlementDocumentManuallyUpdatedFields>(manually_updated_fields, manually_updated_fields_null),
    permissions: optional::<Vec<crate::EntitlementDocumentPermissionsItem>>(permissions),
});
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
