#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct MultiHostIntegrationsConnectorAttributesConnectorFileUploadHistory {
    /// File name of the connector JAR
    #[serde(
        rename = "connectorFileNameUploadedDate",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub connector_file_name_uploaded_date: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl MultiHostIntegrationsConnectorAttributesConnectorFileUploadHistory {
    /// Builds a `MultiHostIntegrationsConnectorAttributesConnectorFileUploadHistory` with every field unset.
    pub fn new() -> Self {
        Self {
            connector_file_name_uploaded_date: None,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit
for MultiHostIntegrationsConnectorAttributesConnectorFileUploadHistory {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
