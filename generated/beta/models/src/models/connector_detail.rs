#[derive(Debug, Clone, PartialEq, Default)]
pub struct ConnectorDetail {
    /// The connector name
    pub name: Option<String>,
    /// XML representation of the source config data
    pub source_config_xml: Option<String>,
    /// JSON representation of the source config data
    pub source_config: Option<String>,
    /// true if the source is a direct connect source
    pub direct_connect: Option<bool>,
    /// Connector config's file upload attribute, false if not there
    pub file_upload: Option<bool>,
    /// List of uploaded file strings for the connector
    pub uploaded_files: Option<String>,
    /// Object containing metadata pertinent to the UI to be used
    pub connector_metadata: Option<::serde_json::Value>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl ConnectorDetail {
    /// Builds a `ConnectorDetail` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(ConnectorDetail {
    name: optional::<String>(name),
    source_config_xml: optional::<String>(source_config_xml),
    source_config: optional::<String>(source_config),
    direct_connect: optional::<bool>(direct_connect),
    file_upload: optional::<bool>(file_upload),
    uploaded_files: optional::<String>(uploaded_files),
    connector_metadata: optional::<::serde_json::Value>(connector_metadata),
});
crate::serde_helpers::serde_struct!(ConnectorDetail {
    name: optional("name"),
    source_config_xml: optional("sourceConfigXml"),
    source_config: optional("sourceConfig"),
    direct_connect: optional("directConnect"),
    file_upload: optional("fileUpload"),
    uploaded_files: optional("uploadedFiles"),
    connector_metadata: nullable("connectorMetadata"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for ConnectorDetail {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.connector_metadata, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
