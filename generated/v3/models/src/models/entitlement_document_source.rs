/// Entitlement's source.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct EntitlementDocumentSource {
    /// ID of entitlement's source.
    pub id: Option<String>,
    /// Display name of entitlement's source.
    pub name: Option<String>,
    /// Type of object.
    pub r#type: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl EntitlementDocumentSource {
    /// Builds a `EntitlementDocumentSource` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(EntitlementDocumentSource {
    id: optional::<String>(id),
    name: optional::<String>(name),
    r#type: optional::<String>(r#type),
});
crate::serde_helpers::serde_struct!(EntitlementDocumentSource {
    id: optional("id"),
    name: optional("name"),
    r#type: optional("type"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for EntitlementDocumentSource {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
