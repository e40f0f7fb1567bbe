#[derive(Debug, Clone, PartialEq, Default)]
pub struct IdentityEntities {
    pub identity_entity: Option<crate::IdentityEntitiesIdentityEntity>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl IdentityEntities {
    /// Builds a `IdentityEntities` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(IdentityEntities {
    identity_entity: optional::<crate::IdentityEntitiesIdentityEntity>(identity_entity),
});
crate::serde_helpers::serde_struct!(IdentityEntities {
    identity_entity: optional("identityEntity"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for IdentityEntities {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.identity_entity, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
#[derive(Debug, Clone, PartialEq, Default)]
pub struct IdentityEntitiesIdentityEntity {
    /// id of the resource to which the identity is associated
    pub id: Option<String>,
    /// name of the resource to which the identity is associated
    pub name: Option<String>,
    /// type of the resource to which the identity is associated
    pub r#type: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl IdentityEntitiesIdentityEntity {
    /// Builds a `IdentityEntitiesIdentityEntity` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(IdentityEntitiesIdentityEntity {
    id: optional::<String>(id),
    name: optional::<String>(name),
    r#type: optional::<String>(r#type),
});
crate::serde_helpers::serde_struct!(IdentityEntitiesIdentityEntity {
    id: optional("id"),
    name: optional("name"),
    r#type: optional("type"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for IdentityEntitiesIdentityEntity {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
