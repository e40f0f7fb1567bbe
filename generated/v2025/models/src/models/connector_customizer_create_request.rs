#[derive(Debug, Clone, PartialEq, Default)]
pub struct ConnectorCustomizerCreateRequest {
    /// Connector customizer name.
    pub name: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl ConnectorCustomizerCreateRequest {
    /// Builds a `ConnectorCustomizerCreateRequest` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(ConnectorCustomizerCreateRequest {
    name: optional::<String>(name),
});
crate::serde_helpers::serde_struct!(ConnectorCustomizerCreateRequest {
    name: optional("name"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for ConnectorCustomizerCreateRequest {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
