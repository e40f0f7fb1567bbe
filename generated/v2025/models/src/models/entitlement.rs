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
    attribute: optional::<String>(attribute),
    value: optional::<String>(value),
    source_schema_object_type: optional::<String>(source_schema_object_type),
    description: nullable::<String>(description, description_null),
    privileged: optional::<bool>(privileged),
    cloud_governed: optional::<bool>(cloud_governed),
    requestable: optional::<bool>(requestable),
    owner: nullable::<crate::EntitlementOwner>(owner, owner_null),
    additional_owners: nullable::<Vec<crate::AdditionalOwnerRef>>(additional_owners, additional_owners_null),
    manually_updated_fields: nullable_json::<::serde_json::Value>(manually_updated_fields, manually_updated_fields_null),
    access_model_metadata: optional::<crate::EntitlementAccessModelMetadata>(access_model_metadata),
    created: optional::<crate::primitives::DateTime>(created),
    modified: optional::<crate::primitives::DateTime>(modified),
    source: optional::<crate::EntitlementSource>(source),
    attributes: optional::<::serde_json::Value>(attributes),
    segments: nullable::<Vec<String>>(segments, segments_null),
    direct_permissions: optional::<Vec<crate::PermissionDto>>(direct_permissions),
});
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
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl EntitlementAccessModelMetadata {
    /// Builds a `EntitlementAccessModelMetadata` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(EntitlementAccessModelMetadata {
    attributes: optional::<Vec<crate::AccessModelMetadata>>(attributes),
});
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
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl EntitlementOwner {
    /// Builds a `EntitlementOwner` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(EntitlementOwner {
    id: optional::<String>(id),
    r#type: optional::<crate::EntitlementOwnerType>(r#type),
    name: optional::<String>(name),
});
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
    name: optional::<String>(name),
});
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
