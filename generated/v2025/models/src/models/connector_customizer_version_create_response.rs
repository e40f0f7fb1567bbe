/// ConnectorCustomizerVersionCreateResponse
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ConnectorCustomizerVersionCreateResponse {
    /// ID of connector customizer.
    pub customizer_id: Option<String>,
    /// ImageID of the connector customizer.
    pub image_id: Option<String>,
    /// Image version of the connector customizer.
    pub version: Option<i64>,
    /// Date-time when the connector customizer version was created.
    pub created: Option<crate::primitives::DateTime>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl ConnectorCustomizerVersionCreateResponse {
    /// Builds a `ConnectorCustomizerVersionCreateResponse` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(ConnectorCustomizerVersionCreateResponse {
    customizer_id: optional::<String>(customizer_id),
    image_id: optional::<String>(image_id),
    version: optional::<i64>(version),
    created: optional::<crate::primitives::DateTime>(created),
});
crate::serde_helpers::serde_struct!(ConnectorCustomizerVersionCreateResponse {
    customizer_id: optional("customizerID"),
    image_id: optional("imageID"),
    version: optional("version"),
    created: optional("created"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for ConnectorCustomizerVersionCreateResponse {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
