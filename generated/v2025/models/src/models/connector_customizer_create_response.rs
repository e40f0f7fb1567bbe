/// ConnectorCustomizerResponse
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ConnectorCustomizerCreateResponse {
    /// the ID of connector customizer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// name of the connector customizer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Connector customizer tenant id.
    #[serde(rename = "tenantID", default, skip_serializing_if = "Option::is_none")]
    pub tenant_id: Option<String>,
    /// Date-time when the connector customizer was created.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created: Option<crate::primitives::DateTime>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl ConnectorCustomizerCreateResponse {
    /// Builds a `ConnectorCustomizerCreateResponse` with every field unset.
    pub fn new() -> Self {
        Self::default()
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
impl crate::serde_helpers::SchemaFit for ConnectorCustomizerCreateResponse {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
