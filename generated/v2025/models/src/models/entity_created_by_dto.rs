#[derive(Debug, Clone, PartialEq, Default)]
pub struct EntityCreatedByDto {
    /// ID of the creator
    pub id: Option<String>,
    /// The display name of the creator
    pub display_name: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl EntityCreatedByDto {
    /// Builds a `EntityCreatedByDto` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(EntityCreatedByDto {
    id: optional::<String>(id),
    display_name: optional::<String>(display_name),
});
crate::serde_helpers::serde_struct!(EntityCreatedByDto {
    id: optional("id"),
    display_name: optional("displayName"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for EntityCreatedByDto {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
