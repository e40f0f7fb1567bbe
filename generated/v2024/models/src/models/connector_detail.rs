#[derive(Debug, Clone, PartialEq, Default)]
pub struct ConnectorDetail {
    /// The connector name
    pub name: Option<String>,
    /// The connector type
    pub r#type: Option<String>,
    /// The connector class name
    pub class_name: Option<String>,
    /// The connector script name
    pub script_name: Option<String>,
    /// The connector application xml
    pub application_xml: Option<String>,
    /// The connector correlation config xml
    pub correlation_config_xml: Option<String>,
    /// The connector source config xml
    pub source_config_xml: Option<String>,
    /// The connector source config
    pub source_config: Option<Option<String>>,
    /// The connector source config origin
    pub source_config_from: Option<Option<String>>,
    /// storage path key for this connector
    pub s3_location: Option<String>,
    /// The list of uploaded files supported by the connector. If there was any executable files uploaded to thee connector. Typically this be empty as the executable be uploaded at source creation.
    pub uploaded_files: Option<Option<Vec<String>>>,
    /// true if the source is file upload
    pub file_upload: Option<bool>,
    /// true if the source is a direct connect source
    pub direct_connect: Option<bool>,
    /// A map containing translation attributes by loacale key
    pub translation_properties: Option<::serde_json::Value>,
    /// A map containing metadata pertinent to the UI to be used
    pub connector_metadata: Option<::serde_json::Value>,
    /// The connector status
    pub status: Option<crate::ConnectorDetailStatus>,
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
    /// Sets `type`.
    pub fn r#type(mut self, value: impl Into<String>) -> Self {
        self.r#type = Some(value.into());
        self
    }
    /// Sets `class_name`.
    pub fn class_name(mut self, value: impl Into<String>) -> Self {
        self.class_name = Some(value.into());
        self
    }
    /// Sets `script_name`.
    pub fn script_name(mut self, value: impl Into<String>) -> Self {
        self.script_name = Some(value.into());
        self
    }
    /// Sets `application_xml`.
    pub fn application_xml(mut self, value: impl Into<String>) -> Self {
        self.application_xml = Some(value.into());
        self
    }
    /// Sets `correlation_config_xml`.
    pub fn correlation_config_xml(mut self, value: impl Into<String>) -> Self {
        self.correlation_config_xml = Some(value.into());
        self
    }
    /// Sets `source_config_xml`.
    pub fn source_config_xml(mut self, value: impl Into<String>) -> Self {
        self.source_config_xml = Some(value.into());
        self
    }
    /// Sets `source_config`.
    pub fn source_config(mut self, value: impl Into<String>) -> Self {
        self.source_config = Some(Some(value.into()));
        self
    }
    /// Sets `source_config` to an explicit `null`.
    pub fn source_config_null(mut self) -> Self {
        self.source_config = Some(None);
        self
    }
    /// Sets `source_config_from`.
    pub fn source_config_from(mut self, value: impl Into<String>) -> Self {
        self.source_config_from = Some(Some(value.into()));
        self
    }
    /// Sets `source_config_from` to an explicit `null`.
    pub fn source_config_from_null(mut self) -> Self {
        self.source_config_from = Some(None);
        self
    }
    /// Sets `s3_location`.
    pub fn s3_location(mut self, value: impl Into<String>) -> Self {
        self.s3_location = Some(value.into());
        self
    }
    /// Sets `uploaded_files`.
    pub fn uploaded_files(mut self, value: impl Into<Vec<String>>) -> Self {
        self.uploaded_files = Some(Some(value.into()));
        self
    }
    /// Sets `uploaded_files` to an explicit `null`.
    pub fn uploaded_files_null(mut self) -> Self {
        self.uploaded_files = Some(None);
        self
    }
    /// Sets `file_upload`.
    pub fn file_upload(mut self, value: impl Into<bool>) -> Self {
        self.file_upload = Some(value.into());
        self
    }
    /// Sets `direct_connect`.
    pub fn direct_connect(mut self, value: impl Into<bool>) -> Self {
        self.direct_connect = Some(value.into());
        self
    }
    /// Sets `translation_properties`.
    pub fn translation_properties(
        mut self,
        value: impl Into<::serde_json::Value>,
    ) -> Self {
        self.translation_properties = Some(value.into());
        self
    }
    /// Sets `connector_metadata`.
    pub fn connector_metadata(mut self, value: impl Into<::serde_json::Value>) -> Self {
        self.connector_metadata = Some(value.into());
        self
    }
    /// Sets `status`.
    pub fn status(mut self, value: impl Into<crate::ConnectorDetailStatus>) -> Self {
        self.status = Some(value.into());
        self
    }
}
crate::serde_helpers::serde_struct!(ConnectorDetail {
    name: optional("name"),
    r#type: optional("type"),
    class_name: optional("className"),
    script_name: optional("scriptName"),
    application_xml: optional("applicationXml"),
    correlation_config_xml: optional("correlationConfigXml"),
    source_config_xml: optional("sourceConfigXml"),
    source_config: nullable("sourceConfig"),
    source_config_from: nullable("sourceConfigFrom"),
    s3_location: optional("s3Location"),
    uploaded_files: nullable("uploadedFiles"),
    file_upload: optional("fileUpload"),
    direct_connect: optional("directConnect"),
    translation_properties: nullable("translationProperties"),
    connector_metadata: nullable("connectorMetadata"),
    status: optional("status"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for ConnectorDetail {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.translation_properties, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.connector_metadata, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.status, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// The connector status
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ConnectorDetailStatus {
    /// `DEPRECATED`
    Deprecated,
    /// `DEVELOPMENT`
    Development,
    /// `DEMO`
    Demo,
    /// `RELEASED`
    Released,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl ConnectorDetailStatus {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Deprecated => "DEPRECATED",
            Self::Development => "DEVELOPMENT",
            Self::Demo => "DEMO",
            Self::Released => "RELEASED",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for ConnectorDetailStatus {
    fn from(value: &str) -> Self {
        match value {
            "DEPRECATED" => Self::Deprecated,
            "DEVELOPMENT" => Self::Development,
            "DEMO" => Self::Demo,
            "RELEASED" => Self::Released,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(ConnectorDetailStatus);
