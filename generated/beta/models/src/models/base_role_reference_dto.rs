/// Base Reference Dto
#[derive(Debug, Clone, PartialEq, Default)]
pub struct BaseRoleReferenceDto {
    /// DTO type
    pub r#type: Option<String>,
    /// ID of the object to which this reference applies
    pub id: Option<String>,
    /// Human-readable display name of the object to which this reference applies
    pub name: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl BaseRoleReferenceDto {
    /// Builds a `BaseRoleReferenceDto` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(BaseRoleReferenceDto {
    r#type: optional::<String>(r#type),
    id: optional::<String>(id),
    name: optional::<String>(name),
});
crate::serde_helpers::serde_struct!(BaseRoleReferenceDto {
    r#type: optional("type"),
    id: optional("id"),
    name: optional("name"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for BaseRoleReferenceDto {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
