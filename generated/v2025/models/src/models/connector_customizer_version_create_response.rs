/// ConnectorCustomizerVersionCreateResponse
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ConnectorCustomizerVersionCreateResponse {
    /// ID of connector customizer.
    #[serde(rename = "customizerID", default, skip_serializing_if = "Option::is_none")]
    pub customizer_id: Option<String>,
    /// ImageID of the connector customizer.
    #[serde(rename = "imageID", default, skip_serializing_if = "Option::is_none")]
    pub image_id: Option<String>,
    /// Image version of the connector customizer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub version: Option<i64>,
    /// Date-time when the connector customizer version was created.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created: Option<crate::primitives::DateTime>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl ConnectorCustomizerVersionCreateResponse {
    /// Builds a `ConnectorCustomizerVersionCreateResponse` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `customizer_id`.
    pub fn customizer_id(mut self, value: impl Into<String>) -> Self {
        self.customizer_id = Some(value.into());
        self
    }
    /// Sets `image_id`.
    pub fn image_id(mut self, value: impl Into<String>) -> Self {
        self.image_id = Some(value.into());
        self
    }
    /// Sets `version`.
    pub fn version(mut self, value: impl Into<i64>) -> Self {
        self.version = Some(value.into());
        self
    }
    /// Sets `created`.
    pub fn created(mut self, value: impl Into<crate::primitives::DateTime>) -> Self {
        self.created = Some(value.into());
        self
    }
}
impl crate::serde_helpers::SchemaFit for ConnectorCustomizerVersionCreateResponse {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
