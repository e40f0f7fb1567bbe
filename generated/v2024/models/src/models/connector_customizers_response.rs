#[derive(Debug, Clone, PartialEq, Default)]
pub struct ConnectorCustomizersResponse {
    /// Connector customizer ID.
    ///
    /// Read-only: set by the server.
    pub id: Option<String>,
    /// Connector customizer name.
    pub name: Option<String>,
    /// Connector customizer image version.
    pub image_version: Option<i64>,
    /// Connector customizer image id.
    pub image_id: Option<String>,
    /// Connector customizer tenant id.
    pub tenant_id: Option<String>,
    /// Date-time when the connector customizer was created
    pub created: Option<crate::primitives::DateTime>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl ConnectorCustomizersResponse {
    /// Builds a `ConnectorCustomizersResponse` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(ConnectorCustomizersResponse {
    id: optional::<String>(id),
    name: optional::<String>(name),
    image_version: optional::<i64>(image_version),
    image_id: optional::<String>(image_id),
    tenant_id: optional::<String>(tenant_id),
    created: optional::<crate::primitives::DateTime>(created),
});
crate::serde_helpers::serde_struct!(ConnectorCustomizersResponse {
    id: optional("id"),
    name: optional("name"),
    image_version: optional("imageVersion"),
    image_id: optional("imageID"),
    tenant_id: optional("tenantID"),
    created: optional("created"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for ConnectorCustomizersResponse {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
