#[derive(Debug, Clone, PartialEq, Default)]
pub struct ReferenceV2024 {
    /// The unique ID of the referenced object.
    pub id: Option<String>,
    /// The human readable name of the referenced object.
    pub name: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl ReferenceV2024 {
    /// Builds a `ReferenceV2024` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(ReferenceV2024 {
    id: optional::<String>(id),
    name: optional::<String>(name),
});
crate::serde_helpers::serde_struct!(ReferenceV2024 {
    id: optional("id"),
    name: optional("name"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for ReferenceV2024 {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
