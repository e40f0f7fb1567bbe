/// Identity's manager.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct IdentityDocumentManager {
    /// ID of identity's manager.
    pub id: Option<String>,
    /// Name of identity's manager.
    pub name: Option<String>,
    /// Display name of identity's manager.
    pub display_name: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl IdentityDocumentManager {
    /// Builds a `IdentityDocumentManager` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(IdentityDocumentManager {
    id: optional::<String>(id),
    name: optional::<String>(name),
    display_name: optional::<String>(display_name),
});
crate::serde_helpers::serde_struct!(IdentityDocumentManager {
    id: optional("id"),
    name: optional("name"),
    display_name: optional("displayName"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for IdentityDocumentManager {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
