/// ConnectorCustomizerUpdateResponse
///
/// Includes the fields of [`ConnectorCustomizerCreateResponse`](crate::ConnectorCustomizerCreateResponse).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ConnectorCustomizerUpdateResponse {
    /// Connector customizer image version.
    pub image_version: Option<i64>,
    /// Connector customizer image id.
    pub image_id: Option<String>,
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
impl ConnectorCustomizerUpdateResponse {
    /// Builds a `ConnectorCustomizerUpdateResponse` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(ConnectorCustomizerUpdateResponse {
    image_version: optional::<i64>(image_version),
    image_id: optional::<String>(image_id),
    id: optional::<String>(id),
    name: optional::<String>(name),
    tenant_id: optional::<String>(tenant_id),
    created: optional::<crate::primitives::DateTime>(created),
});
crate::serde_helpers::serde_struct!(ConnectorCustomizerUpdateResponse {
    image_version: optional("imageVersion"),
    image_id: optional("imageID"),
    id: optional("id"),
    name: optional("name"),
    tenant_id: optional("tenantID"),
    created: optional("created"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for ConnectorCustomizerUpdateResponse {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
