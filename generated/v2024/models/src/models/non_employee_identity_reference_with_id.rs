#[derive(Debug, Clone, PartialEq, Default)]
pub struct NonEmployeeIdentityReferenceWithId {
    pub r#type: Option<crate::NonEmployeeIdentityDtoType>,
    /// Identity id
    pub id: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl NonEmployeeIdentityReferenceWithId {
    /// Builds a `NonEmployeeIdentityReferenceWithId` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(NonEmployeeIdentityReferenceWithId {
    r#type: optional::<crate::NonEmployeeIdentityDtoType>(r#type),
    id: optional::<String>(id),
});
crate::serde_helpers::serde_struct!(NonEmployeeIdentityReferenceWithId {
    r#type: optional("type"),
    id: optional("id"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for NonEmployeeIdentityReferenceWithId {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
