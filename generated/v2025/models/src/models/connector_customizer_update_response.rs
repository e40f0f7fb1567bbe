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
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl ConnectorCustomizerUpdateResponse {
    /// Builds a `ConnectorCustomizerUpdateResponse` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `image_version`.
    pub fn image_version(mut self, value: impl Into<i64>) -> Self {
        self.image_version = Some(value.into());
        self
    }
    /// Sets `image_id`.
    pub fn image_id(mut self, value: impl Into<String>) -> Self {
        self.image_id = Some(value.into());
        self
    }
    /// Sets `id`.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
    /// Sets `tenant_id`.
    pub fn tenant_id(mut self, value: impl Into<String>) -> Self {
        self.tenant_id = Some(value.into());
        self
    }
    /// Sets `created`.
    pub fn created(mut self, value: impl Into<crate::primitives::DateTime>) -> Self {
        self.created = Some(value.into());
        self
    }
}
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
