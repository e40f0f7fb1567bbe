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
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl Entitlement {
    /// Builds a `Entitlement` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `id`.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
    /// Sets `created`.
    pub fn created(mut self, value: impl Into<crate::primitives::DateTime>) -> Self {
        self.created = Some(value.into());
        self
    }
    /// Sets `modified`.
    pub fn modified(mut self, value: impl Into<crate::primitives::DateTime>) -> Self {
        self.modified = Some(value.into());
        self
    }
    /// Sets `attribute`.
    pub fn attribute(mut self, value: impl Into<String>) -> Self {
        self.attribute = Some(Some(value.into()));
        self
    }
    /// Sets `attribute` to an explicit `null`.
    pub fn attribute_null(mut self) -> Self {
        self.attribute = Some(None);
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
    /// Sets `privileged`.
    pub fn privileged(mut self, value: impl Into<bool>) -> Self {
        self.privileged = Some(value.into());
        self
    }
    /// Sets `cloud_governed`.
    pub fn cloud_governed(mut self, value: impl Into<bool>) -> Self {
        self.cloud_governed = Some(value.into());
        self
    }
    /// Sets `description`.
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(Some(value.into()));
        self
    }
    /// Sets `description` to an explicit `null`.
    pub fn description_null(mut self) -> Self {
        self.description = Some(None);
        self
    }
    /// Sets `requestable`.
    pub fn requestable(mut self, value: impl Into<bool>) -> Self {
        self.requestable = Some(value.into());
        self
    }
    /// Sets `attributes`.
    pub fn attributes(mut self, value: impl Into<::serde_json::Value>) -> Self {
        self.attributes = Some(value.into());
        self
    }
    /// Sets `source`.
    pub fn source(mut self, value: impl Into<crate::EntitlementSource>) -> Self {
        self.source = Some(value.into());
        self
    }
    /// Sets `owner`.
    pub fn owner(mut self, value: impl Into<crate::OwnerReferenceDto>) -> Self {
        self.owner = Some(Some(value.into()));
        self
    }
    /// Sets `owner` to an explicit `null`.
    pub fn owner_null(mut self) -> Self {
        self.owner = Some(None);
        self
    }
    /// Sets `additional_owners`.
    pub fn additional_owners(
        mut self,
        value: impl Into<Vec<crate::AdditionalOwnerRef>>,
    ) -> Self {
        self.additional_owners = Some(Some(value.into()));
        self
    }
    /// Sets `additional_owners` to an explicit `null`.
    pub fn additional_owners_null(mut self) -> Self {
        self.additional_owners = Some(None);
        self
    }
    /// Sets `direct_permissions`.
    pub fn direct_permissions(
        mut self,
        value: impl Into<Vec<crate::PermissionDto>>,
    ) -> Self {
        self.direct_permissions = Some(value.into());
        self
    }
    /// Sets `segments`.
    pub fn segments(mut self, value: impl Into<Vec<String>>) -> Self {
        self.segments = Some(Some(value.into()));
        self
    }
    /// Sets `segments` to an explicit `null`.
    pub fn segments_null(mut self) -> Self {
        self.segments = Some(None);
        self
    }
    /// Sets `manually_updated_fields`.
    pub fn manually_updated_fields(
        mut self,
        value: impl Into<crate::ManuallyUpdatedFieldsDto>,
    ) -> Self {
        self.manually_updated_fields = Some(Some(value.into()));
        self
    }
    /// Sets `manually_updated_fields` to an explicit `null`.
    pub fn manually_updated_fields_null(mut self) -> Self {
        self.manually_updated_fields = Some(None);
        self
    }
    /// Sets `access_model_metadata`.
    pub fn access_model_metadata(
        mut self,
        value: impl Into<crate::AttributeDtoList>,
    ) -> Self {
        self.access_model_metadata = Some(Some(value.into()));
        self
    }
    /// Sets `access_model_metadata` to an explicit `null`.
    pub fn access_model_metadata_null(mut self) -> Self {
        self.access_model_metadata = Some(None);
        self
    }
}
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
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl EntitlementSource {
    /// Builds a `EntitlementSource` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `id`.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
    /// Sets `type`.
    pub fn r#type(mut self, value: impl Into<String>) -> Self {
        self.r#type = Some(value.into());
        self
    }
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(Some(value.into()));
        self
    }
    /// Sets `name` to an explicit `null`.
    pub fn name_null(mut self) -> Self {
        self.name = Some(None);
        self
    }
}
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
