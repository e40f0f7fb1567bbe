#[derive(Debug, Clone, PartialEq, Default)]
pub struct RoleDocumentDimensionsItem {
    /// Unique ID of the dimension.
    pub id: Option<String>,
    /// Name of the dimension.
    pub name: Option<String>,
    /// Description of the dimension.
    pub description: Option<Option<String>>,
    /// Entitlements included with the role.
    pub entitlements: Option<
        Option<Vec<crate::RoleDocumentDimensionsItemEntitlementsItem>>,
    >,
    /// Access profiles included in the dimension.
    pub access_profiles: Option<Option<Vec<crate::BaseAccessProfile>>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl RoleDocumentDimensionsItem {
    /// Builds a `RoleDocumentDimensionsItem` with every field unset.
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
    /// Sets `entitlements`.
    pub fn entitlements(
        mut self,
        value: impl Into<Vec<crate::RoleDocumentDimensionsItemEntitlementsItem>>,
    ) -> Self {
        self.entitlements = Some(Some(value.into()));
        self
    }
    /// Sets `entitlements` to an explicit `null`.
    pub fn entitlements_null(mut self) -> Self {
        self.entitlements = Some(None);
        self
    }
    /// Sets `access_profiles`.
    pub fn access_profiles(
        mut self,
        value: impl Into<Vec<crate::BaseAccessProfile>>,
    ) -> Self {
        self.access_profiles = Some(Some(value.into()));
        self
    }
    /// Sets `access_profiles` to an explicit `null`.
    pub fn access_profiles_null(mut self) -> Self {
        self.access_profiles = Some(None);
        self
    }
}
crate::serde_helpers::serde_struct!(RoleDocumentDimensionsItem {
    id: optional("id"),
    name: optional("name"),
    description: nullable("description"),
    entitlements: nullable("entitlements"),
    access_profiles: nullable("accessProfiles"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for RoleDocumentDimensionsItem {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.entitlements, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.access_profiles, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// Includes the fields of [`BaseEntitlement`](crate::BaseEntitlement).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RoleDocumentDimensionsItemEntitlementsItem {
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
impl RoleDocumentDimensionsItemEntitlementsItem {
    /// Builds a `RoleDocumentDimensionsItemEntitlementsItem` with every field unset.
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
crate::serde_helpers::serde_struct!(RoleDocumentDimensionsItemEntitlementsItem {
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
impl crate::serde_helpers::SchemaFit for RoleDocumentDimensionsItemEntitlementsItem {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
