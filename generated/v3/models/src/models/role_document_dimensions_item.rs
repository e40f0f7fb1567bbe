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
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl RoleDocumentDimensionsItem {
    /// Builds a `RoleDocumentDimensionsItem` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(RoleDocumentDimensionsItem {
    id: optional::<String>(id),
    name: optional::<String>(name),
    description: nullable::<String>(description, description_null),
    entitlements: nullable::<Vec<crate::RoleDocumentDimensionsItemEntitlementsItem>>(entitlements, entitlements_null),
    access_profiles: nullable::<Vec<crate::BaseAccessProfile>>(access_profiles, access_profiles_null),
});
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
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl RoleDocumentDimensionsItemEntitlementsItem {
    /// Builds a `RoleDocumentDimensionsItemEntitlementsItem` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(RoleDocumentDimensionsItemEntitlementsItem {
    has_permissions: optional::<bool>(has_permissions),
    description: nullable::<String>(description, description_null),
    attribute: optional::<String>(attribute),
    value: optional::<String>(value),
    schema: optional::<String>(schema),
    privileged: optional::<bool>(privileged),
    id: optional::<String>(id),
    name: optional::<String>(name),
    source_schema_object_type: optional::<String>(source_schema_object_type),
    hash_: optional::<String>(hash),
});
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
