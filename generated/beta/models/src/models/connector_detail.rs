#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ConnectorDetail {
    /// The connector name
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// XML representation of the source config data
    #[serde(
        rename = "sourceConfigXml",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub source_config_xml: Option<String>,
    /// JSON representation of the source config data
    #[serde(rename = "sourceConfig", default, skip_serializing_if = "Option::is_none")]
    pub source_config: Option<String>,
    /// true if the source is a direct connect source
    #[serde(rename = "directConnect", default, skip_serializing_if = "Option::is_none")]
    pub direct_connect: Option<bool>,
    /// Connector config's file upload attribute, false if not there
    #[serde(rename = "fileUpload", default, skip_serializing_if = "Option::is_none")]
    pub file_upload: Option<bool>,
    /// List of uploaded file strings for the connector
    #[serde(rename = "uploadedFiles", default, skip_serializing_if = "Option::is_none")]
    pub uploaded_files: Option<String>,
    /// Object containing metadata pertinent to the UI to be used
    #[serde(
        rename = "connectorMetadata",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub connector_metadata: Option<::serde_json::Value>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl ConnectorDetail {
    /// Builds a `ConnectorDetail` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
impl crate::serde_helpers::SchemaFit for ConnectorDetail {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.connector_metadata, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
