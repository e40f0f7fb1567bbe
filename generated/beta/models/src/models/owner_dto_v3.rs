/// Owner's identity.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct OwnerDtoV3 {
    /// Owner's DTO type.
    pub r#type: Option<crate::OwnerDtoV3Type>,
    /// Owner's identity ID.
    pub id: Option<String>,
    /// Owner's name.
    pub name: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl OwnerDtoV3 {
    /// Builds a `OwnerDtoV3` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(OwnerDtoV3 {
    r#type: optional::<crate::OwnerDtoV3Type>(r#type),
    id: optional::<String>(id),
    name: optional::<String>(name),
});
crate::serde_helpers::serde_struct!(OwnerDtoV3 {
    r#type: optional("type"),
    id: optional("id"),
    name: optional("name"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for OwnerDtoV3 {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
