/// A reference to an Identity in an IDENTITY_LIST role membership criteria.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RoleMembershipIdentity {
    pub r#type: Option<Option<crate::DtoTypeV3>>,
    /// Identity id
    pub id: Option<String>,
    /// Human-readable display name of the Identity.
    pub name: Option<Option<String>>,
    /// User name of the Identity
    pub alias_name: Option<Option<String>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl RoleMembershipIdentity {
    /// Builds a `RoleMembershipIdentity` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(RoleMembershipIdentity {
    r#type: nullable::<crate::DtoTypeV3>(r#type, type_null),
    id: optional::<String>(id),
    name: nullable::<String>(name, name_null),
    alias_name: nullable::<String>(alias_name, alias_name_null),
});
crate::serde_helpers::serde_struct!(RoleMembershipIdentity {
    r#type: nullable("type"),
    id: optional("id"),
    name: nullable("name"),
    alias_name: nullable("aliasName"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for RoleMembershipIdentity {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
