#[derive(Debug, Clone, PartialEq, Default)]
pub struct EntitlementSourceResetBaseReferenceDto {
    /// The DTO type
    pub r#type: Option<String>,
    /// The task ID of the object to which this reference applies
    pub id: Option<String>,
    /// Human-readable display name of the object to which this reference applies
    pub name: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl EntitlementSourceResetBaseReferenceDto {
    /// Builds a `EntitlementSourceResetBaseReferenceDto` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(EntitlementSourceResetBaseReferenceDto {
    r#type: optional::<String>(r#type),
    id: optional::<String>(id),
    name: optional::<String>(name),
});
crate::serde_helpers::serde_struct!(EntitlementSourceResetBaseReferenceDto {
    r#type: optional("type"),
    id: optional("id"),
    name: optional("name"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for EntitlementSourceResetBaseReferenceDto {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
