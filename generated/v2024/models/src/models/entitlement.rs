#[derive(Debug, Clone, PartialEq, Default)]
pub struct Entitlement {
    /// The entitlement id
    pub id: Option<String>,
    /// The entitlement name
    pub name: Option<String>,
    /// The entitlement attribute name
    pub attribute: Option<String>,
    /// The value of the entitlement
    pub value: Option<String>,
    /// The object type of the entitlement from the source schema
    pub source_schema_object_type: Option<String>,
    /// The description of the entitlement
    pub description: Option<Option<String>>,
    /// True if the entitlement is privileged
    pub privileged: Option<bool>,
    /// True if the entitlement is cloud governed
    pub cloud_governed: Option<bool>,
    /// True if the entitlement is able to be directly requested
    pub requestable: Option<bool>,
    /// The identity that owns the entitlement
    pub owner: Option<Option<crate::EntitlementOwner>>,
    /// List of additional owner references beyond the primary owner. Each entry may be an identity (IDENTITY) or a governance group (GOVERNANCE_GROUP).
    pub additional_owners: Option<Option<Vec<crate::AdditionalOwnerRef>>>,
    /// A map of entitlement fields that have been manually updated. The key is the field name in UPPER_SNAKE_CASE format, and the value is true or false to indicate if the field has been updated.
    pub manually_updated_fields: Option<::serde_json::Value>,
    /// Additional data to classify the entitlement
    pub access_model_metadata: Option<crate::EntitlementAccessModelMetadata>,
    /// Time when the entitlement was created
    pub created: Option<crate::primitives::DateTime>,
    /// Time when the entitlement was last modified
    pub modified: Option<crate::primitives::DateTime>,
    pub source: Option<crate::EntitlementSource>,
    /// A map of free-form key-value pairs from the source system
    pub attributes: Option<::serde_json::Value>,
    /// List of IDs of segments, if any, to which this Entitlement is assigned.
    pub segments: Option<Option<Vec<String>>>,
    pub direct_permissions: Option<Vec<crate::PermissionDto>>,
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
    /// Sets `requestable`.
    pub fn requestable(mut self, value: impl Into<bool>) -> Self {
        self.requestable = Some(value.into());
        self
    }
    /// Sets `owner`.
    pub fn owner(mut self, value: impl Into<crate::EntitlementOwner>) -> Self {
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
    /// Sets `manually_updated_fields`.
    pub fn manually_updated_fields(
        mut self,
        value: impl Into<::serde_json::Value>,
    ) -> Self {
        self.manually_updated_fields = Some(value.into());
        self
    }
    /// Sets `manually_updated_fields` to an explicit `null`.
    pub fn manually_updated_fields_null(mut self) -> Self {
        self.manually_updated_fields = Some(::serde_json::Value::Null);
        self
    }
    /// Sets `access_model_metadata`.
    pub fn access_model_metadata(
        mut self,
        value: impl Into<crate::EntitlementAccessModelMetadata>,
    ) -> Self {
        self.access_model_metadata = Some(value.into());
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
    /// Sets `source`.
    pub fn source(mut self, value: impl Into<crate::EntitlementSource>) -> Self {
        self.source = Some(value.into());
        self
    }
    /// Sets `attributes`.
    pub fn attributes(mut self, value: impl Into<::serde_json::Value>) -> Self {
        self.attributes = Some(value.into());
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
    /// Sets `direct_permissions`.
    pub fn direct_permissions(
        mut self,
        value: impl Into<Vec<crate::PermissionDto>>,
    ) -> Self {
        self.direct_permissions = Some(value.into());
        self
    }
}
crate::serde_helpers::serde_struct!(Entitlement {
    id: optional("id"),
    name: optional("name"),
    attribute: optional("attribute"),
    value: optional("value"),
    source_schema_object_type: optional("sourceSchemaObjectType"),
    description: nullable("description"),
    privileged: optional("privileged"),
    cloud_governed: optional("cloudGoverned"),
    requestable: optional("requestable"),
    owner: nullable("owner"),
    additional_owners: nullable("additionalOwners"),
    manually_updated_fields: nullable("manuallyUpdatedFields"),
    access_model_metadata: optional("accessModelMetadata"),
    created: optional("created"),
    modified: optional("modified"),
    source: optional("source"),
    attributes: nullable("attributes"),
    segments: nullable("segments"),
    direct_permissions: optional("directPermissions"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for Entitlement {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.owner, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.additional_owners, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.manually_updated_fields, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.access_model_metadata, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.source, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.attributes, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.direct_permissions, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// Additional data to classify the entitlement
#[derive(Debug, Clone, PartialEq, Default)]
pub struct EntitlementAccessModelMetadata {
    pub attributes: Option<Vec<crate::AccessModelMetadata>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl EntitlementAccessModelMetadata {
    /// Builds a `EntitlementAccessModelMetadata` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `attributes`.
    pub fn attributes(
        mut self,
        value: impl Into<Vec<crate::AccessModelMetadata>>,
    ) -> Self {
        self.attributes = Some(value.into());
        self
    }
}
crate::serde_helpers::serde_struct!(EntitlementAccessModelMetadata {
    attributes: optional("attributes"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for EntitlementAccessModelMetadata {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.attributes, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// The identity that owns the entitlement
#[derive(Debug, Clone, PartialEq, Default)]
pub struct EntitlementOwner {
    /// The identity ID
    pub id: Option<String>,
    /// The type of object
    pub r#type: Option<crate::EntitlementOwnerType>,
    /// The display name of the identity
    pub name: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl EntitlementOwner {
    /// Builds a `EntitlementOwner` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `id`.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
    /// Sets `type`.
    pub fn r#type(mut self, value: impl Into<crate::EntitlementOwnerType>) -> Self {
        self.r#type = Some(value.into());
        self
    }
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
}
crate::serde_helpers::serde_struct!(EntitlementOwner {
    id: optional("id"),
    r#type: optional("type"),
    name: optional("name"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for EntitlementOwner {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// The type of object
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum EntitlementOwnerType {
    /// `IDENTITY`
    Identity,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl EntitlementOwnerType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Identity => "IDENTITY",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for EntitlementOwnerType {
    fn from(value: &str) -> Self {
        match value {
            "IDENTITY" => Self::Identity,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(EntitlementOwnerType);
#[derive(Debug, Clone, PartialEq, Default)]
pub struct EntitlementSource {
    /// The source ID
    pub id: Option<String>,
    /// The source type, will always be "SOURCE"
    pub r#type: Option<String>,
    /// The source name
    pub name: Option<String>,
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
        self.name = Some(value.into());
        self
    }
}
crate::serde_helpers::serde_struct!(EntitlementSource {
    id: optional("id"),
    r#type: optional("type"),
    name: optional("name"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for EntitlementSource {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
