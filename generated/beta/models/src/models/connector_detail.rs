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
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl ConnectorDetail {
    /// Builds a `ConnectorDetail` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
    /// Sets `source_config_xml`.
    pub fn source_config_xml(mut self, value: impl Into<String>) -> Self {
        self.source_config_xml = Some(value.into());
        self
    }
    /// Sets `source_config`.
    pub fn source_config(mut self, value: impl Into<String>) -> Self {
        self.source_config = Some(value.into());
        self
    }
    /// Sets `direct_connect`.
    pub fn direct_connect(mut self, value: impl Into<bool>) -> Self {
        self.direct_connect = Some(value.into());
        self
    }
    /// Sets `file_upload`.
    pub fn file_upload(mut self, value: impl Into<bool>) -> Self {
        self.file_upload = Some(value.into());
        self
    }
    /// Sets `uploaded_files`.
    pub fn uploaded_files(mut self, value: impl Into<String>) -> Self {
        self.uploaded_files = Some(value.into());
        self
    }
    /// Sets `connector_metadata`.
    pub fn connector_metadata(mut self, value: impl Into<::serde_json::Value>) -> Self {
        self.connector_metadata = Some(value.into());
        self
    }
}
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
