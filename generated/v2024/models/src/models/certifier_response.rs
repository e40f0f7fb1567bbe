#[derive(Debug, Clone, PartialEq, Default)]
pub struct CertifierResponse {
    /// the id of the certifier
    pub id: Option<String>,
    /// the name of the certifier
    pub display_name: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl CertifierResponse {
    /// Builds a `CertifierResponse` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(CertifierResponse {
    id: optional::<String>(id),
    display_name: optional::<String>(display_name),
});
crate::serde_helpers::serde_struct!(CertifierResponse {
    id: optional("id"),
    display_name: optional("displayName"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for CertifierResponse {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
