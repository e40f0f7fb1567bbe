/// Includes the fields of [`BaseEntitlement`](crate::BaseEntitlement).
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct RoleDocumentEntitlementsItem {
    /// Indicates whether the entitlement has permissions.
    #[serde(rename = "hasPermissions", default, skip_serializing_if = "Option::is_none")]
    pub has_permissions: Option<bool>,
    /// Entitlement's description.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub description: Option<Option<String>>,
    /// Entitlement attribute's name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attribute: Option<String>,
    /// Entitlement's value.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
    /// Entitlement's schema.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub schema: Option<String>,
    /// Indicates whether the entitlement is privileged.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub privileged: Option<bool>,
    /// Entitlement's ID.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Entitlement's name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Schema objectType.
    #[serde(
        rename = "sourceSchemaObjectType",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub source_schema_object_type: Option<String>,
    /// Read-only calculated hash value of an entitlement.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hash: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl RoleDocumentEntitlementsItem {
    /// Builds a `RoleDocumentEntitlementsItem` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
impl crate::serde_helpers::SchemaFit for RoleDocumentEntitlementsItem {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
