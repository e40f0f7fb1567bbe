#[derive(Debug, Clone, PartialEq, Default)]
pub struct Entitlement {
    /// The entitlement id
    pub id: Option<String>,
    /// The entitlement name
    pub name: Option<String>,
    /// Time when the entitlement was created
    pub created: Option<crate::primitives::DateTime>,
    /// Time when the entitlement was last modified
    pub modified: Option<crate::primitives::DateTime>,
    /// The entitlement attribute name
    pub attribute: Option<Option<String>>,
    /// The value of the entitlement
    pub value: Option<String>,
    /// The object type of the entitlement from the source schema
    pub source_schema_object_type: Option<String>,
    /// True if the entitlement is privileged
    pub privileged: Option<bool>,
    /// True if the entitlement is cloud governed
    pub cloud_governed: Option<bool>,
    /// The description of the entitlement
    pub description: Option<Option<String>>,
    /// True if the entitlement is requestable
    pub requestable: Option<bool>,
    /// A map of free-form key-value pairs from the source system
    pub attributes: Option<::serde_json::Value>,
    pub source: Option<crate::EntitlementSource>,
    pub owner: Option<Option<crate::OwnerReferenceDto>>,
    /// List of additional owner references beyond the primary owner. Each entry may be an identity (IDENTITY) or a governance group (GOVERNANCE_GROUP).
    pub additional_owners: Option<Option<Vec<crate::AdditionalOwnerRef>>>,
    pub direct_permissions: Option<Vec<crate::PermissionDto>>,
    /// List of IDs of segments, if any, to which this Entitlement is assigned.
    pub segments: Option<Option<Vec<String>>>,
    pub manually_updated_fields: Option<Option<crate::ManuallyUpdatedFieldsDto>>,
    pub access_model_metadata: Option<Option<crate::AttributeDtoList>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl Entitlement {
    /// Builds a `Entitlement` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(Entitlement {
    id: optional::<String>(id),
    name: optional::<String>(name),
    created: optional::<crate::primitives::DateTime>(created),
    modified: optional::<crate::primitives::DateTime>(modified),
    attribute: nullable::<String>(attribute, attribute_null),
    value: optional::<String>(value),
    source_schema_object_type: optional::<String>(source_schema_object_type),
    privileged: optional::<bool>(privileged),
    cloud_governed: optional::<bool>(cloud_governed),
    description: nullable::<String>(description, description_null),
    requestable: optional::<bool>(requestable),
    attributes: optional::<::serde_json::Value>(attributes),
    source: optional::<crate::EntitlementSource>(source),
    owner: nullable::<crate::OwnerReferenceDto>(owner, owner_null),
    additional_owners: nullable::<Vec<crate::AdditionalOwnerRef>>(additional_owners, additional_owners_null),
    direct_permissions: optional::<Vec<crate::PermissionDto>>(direct_permissions),
    segments: nullable::<Vec<String>>(segments, segments_null),
    manually_updated_fields: nullable::<crate::ManuallyUpdatedFieldsDto>(manually_updated_fields, manually_updated_fields_null),
    access_model_metadata: nullable::<crate::AttributeDtoList>(access_model_metadata, access_model_metadata_null),
});
crate::serde_helpers::serde_struct!(Entitlement {
    id: optional("id"),
    name: optional("name"),
    created: optional("created"),
    modified: optional("modified"),
    attribute: nullable("attribute"),
    value: optional("value"),
    source_schema_object_type: optional("sourceSchemaObjectType"),
    privileged: optional("privileged"),
    cloud_governed: optional("cloudGoverned"),
    description: nullable("description"),
    requestable: optional("requestable"),
    attributes: nullable("attributes"),
    source: optional("source"),
    owner: nullable("owner"),
    additional_owners: nullable("additionalOwners"),
    direct_permissions: optional("directPermissions"),
    segments: nullable("segments"),
    manually_updated_fields: nullable("manuallyUpdatedFields"),
    access_model_metadata: nullable("accessModelMetadata"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for Entitlement {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.attributes, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.source, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.owner, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.additional_owners, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.direct_permissions, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.manually_updated_fields, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.access_model_metadata, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
#[derive(Debug, Clone, PartialEq, Default)]
pub struct EntitlementSource {
    /// The source ID
    pub id: Option<String>,
    /// The source type, will always be "SOURCE"
    pub r#type: Option<String>,
    /// The source name
    pub name: Option<Option<String>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl EntitlementSource {
    /// Builds a `EntitlementSource` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(EntitlementSource {
    id: optional::<String>(id),
    r#type: optional::<String>(r#type),
    name: nullable::<String>(name, name_null),
});
crate::serde_helpers::serde_struct!(EntitlementSource {
    id: optional("id"),
    r#type: optional("type"),
    name: nullable("name"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for EntitlementSource {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
