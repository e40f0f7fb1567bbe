#[derive(Debug, Clone, PartialEq, Default)]
pub struct TagV2025 {
    /// The unique identifier for the tag.
    pub id: Option<i64>,
    /// The display name or label for the tag.
    pub name: Option<Option<String>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl TagV2025 {
    /// Builds a `TagV2025` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(TagV2025 {
    id: optional::<i64>(id),
    name: nullable::<String>(name, name_null),
});
crate::serde_helpers::serde_struct!(TagV2025 {
    id: optional("id"),
    name: nullable("name"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for TagV2025 {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
