#[derive(Debug, Clone, PartialEq, Default)]
pub struct IdentityReferenceWithId {
    pub r#type: Option<crate::DtoTypeV3>,
    /// Identity id
    pub id: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl IdentityReferenceWithId {
    /// Builds a `IdentityReferenceWithId` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(IdentityReferenceWithId {
    r#type: optional::<crate::DtoTypeV3>(r#type),
    id: optional::<String>(id),
});
crate::serde_helpers::serde_struct!(IdentityReferenceWithId {
    r#type: optional("type"),
    id: optional("id"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for IdentityReferenceWithId {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
