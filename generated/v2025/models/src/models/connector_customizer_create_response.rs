/// ConnectorCustomizerResponse
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ConnectorCustomizerCreateResponse {
    /// the ID of connector customizer.
    pub id: Option<String>,
    /// name of the connector customizer.
    pub name: Option<String>,
    /// Connector customizer tenant id.
    pub tenant_id: Option<String>,
    /// Date-time when the connector customizer was created.
    pub created: Option<crate::primitives::DateTime>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl ConnectorCustomizerCreateResponse {
    /// Builds a `ConnectorCustomizerCreateResponse` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(ConnectorCustomizerCreateResponse {
    id: optional::<String>(id),
    name: optional::<String>(name),
    tenant_id: optional::<String>(tenant_id),
    created: optional::<crate::primitives::DateTime>(created),
});
crate::serde_helpers::serde_struct!(ConnectorCustomizerCreateResponse {
    id: optional("id"),
    name: optional("name"),
    tenant_id: optional("tenantID"),
    created: optional("created"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for ConnectorCustomizerCreateResponse {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
