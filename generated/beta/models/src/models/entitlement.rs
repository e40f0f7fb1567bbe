#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct Entitlement {
    /// The entitlement id
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The entitlement name
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Time when the entitlement was created
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created: Option<crate::primitives::DateTime>,
    /// Time when the entitlement was last modified
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub modified: Option<crate::primitives::DateTime>,
    /// The entitlement attribute name
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub attribute: Option<Option<String>>,
    /// The value of the entitlement
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
    /// The object type of the entitlement from the source schema
    #[serde(
        rename = "sourceSchemaObjectType",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub source_schema_object_type: Option<String>,
    /// True if the entitlement is privileged
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub privileged: Option<bool>,
    /// True if the entitlement is cloud governed
    #[serde(rename = "cloudGoverned", default, skip_serializing_if = "Option::is_none")]
    pub cloud_governed: Option<bool>,
    /// The description of the entitlement
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub description: Option<Option<String>>,
    /// True if the entitlement is requestable
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub requestable: Option<bool>,
    /// A map of free-form key-value pairs from the source system
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub attributes: Option<::serde_json::Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<crate::EntitlementSource>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub owner: Option<Option<crate::OwnerReferenceDto>>,
    /// List of additional owner references beyond the primary owner. Each entry may be an identity (IDENTITY) or a governance group (GOVERNANCE_GROUP).
    #[serde(
        rename = "additionalOwners",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub additional_owners: Option<Option<Vec<crate::AdditionalOwnerRef>>>,
    #[serde(
        rename = "directPermissions",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub direct_permissions: Option<Vec<crate::PermissionDto>>,
    /// List of IDs of segments, if any, to which this Entitlement is assigned.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub segments: Option<Option<Vec<String>>>,
    #[serde(
        rename = "manuallyUpdatedFields",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub manually_updated_fields: Option<Option<crate::ManuallyUpdatedFieldsDto>>,
    #[serde(
        rename = "accessModelMetadata",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub access_model_metadata: Option<Option<crate::AttributeDtoList>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl Entitlement {
    /// Builds a `Entitlement` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
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
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct EntitlementSource {
    /// The source ID
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The source type, will always be "SOURCE"
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    /// The source name
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub name: Option<Option<String>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl EntitlementSource {
    /// Builds a `EntitlementSource` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
impl crate::serde_helpers::SchemaFit for EntitlementSource {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
