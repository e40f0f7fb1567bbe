#[derive(Debug, Clone, PartialEq, Default)]
pub struct BaseReferenceDto {
    /// the application ID
    pub id: Option<String>,
    /// the application name
    pub name: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl BaseReferenceDto {
    /// Builds a `BaseReferenceDto` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(BaseReferenceDto {
    id: optional::<String>(id),
    name: optional::<String>(name),
});
crate::serde_helpers::serde_struct!(BaseReferenceDto {
    id: optional("id"),
    name: optional("name"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for BaseReferenceDto {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
