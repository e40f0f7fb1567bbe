/// The manager for the identity.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct IdentityReference {
    pub r#type: Option<crate::DtoTypeV3>,
    /// Identity id
    pub id: Option<String>,
    /// Human-readable display name of identity.
    pub name: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl IdentityReference {
    /// Builds a `IdentityReference` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(IdentityReference {
    r#type: optional::<crate::DtoTypeV3>(r#type),
    id: optional::<String>(id),
    name: optional::<String>(name),
});
crate::serde_helpers::serde_struct!(IdentityReference {
    r#type: optional("type"),
    id: optional("id"),
    name: optional("name"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for IdentityReference {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
