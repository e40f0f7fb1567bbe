/// Includes the fields of [`BaseEntitlement`](crate::BaseEntitlement).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RoleDocumentEntitlementsItem {
    /// Indicates whether the entitlement has permissions.
    pub has_permissions: Option<bool>,
    /// Entitlement's description.
    pub description: Option<Option<String>>,
    /// Entitlement attribute's name.
    pub attribute: Option<String>,
    /// Entitlement's value.
    pub value: Option<String>,
    /// Entitlement's schema.
    pub schema: Option<String>,
    /// Indicates whether the entitlement is privileged.
    pub privileged: Option<bool>,
    /// Entitlement's ID.
    pub id: Option<String>,
    /// Entitlement's name.
    pub name: Option<String>,
    /// Schema objectType.
    pub source_schema_object_type: Option<String>,
    /// Read-only calculated hash value of an entitlement.
    pub hash: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl RoleDocumentEntitlementsItem {
    /// Builds a `RoleDocumentEntitlementsItem` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `has_permissions`.
    pub fn has_permissions(mut self, value: impl Into<bool>) -> Self {
        self.has_permissions = Some(value.into());
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
    /// Sets `schema`.
    pub fn schema(mut self, value: impl Into<String>) -> Self {
        self.schema = Some(value.into());
        self
    }
    /// Sets `privileged`.
    pub fn privileged(mut self, value: impl Into<bool>) -> Self {
        self.privileged = Some(value.into());
        self
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
    /// Sets `source_schema_object_type`.
    pub fn source_schema_object_type(mut self, value: impl Into<String>) -> Self {
        self.source_schema_object_type = Some(value.into());
        self
    }
    /// Sets `hash`.
    pub fn hash_(mut self, value: impl Into<String>) -> Self {
        self.hash = Some(value.into());
        self
    }
}
crate::serde_helpers::serde_struct!(RoleDocumentEntitlementsItem {
    has_permissions: optional("hasPermissions"),
    description: nullable("description"),
    attribute: optional("attribute"),
    value: optional("value"),
    schema: optional("schema"),
    privileged: optional("privileged"),
    id: optional("id"),
    name: optional("name"),
    source_schema_object_type: optional("sourceSchemaObjectType"),
    hash: optional("hash"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for RoleDocumentEntitlementsItem {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
