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
    r#type: optional::<String>(r#type),
    class_name: optional::<String>(class_name),
    script_name: optional::<String>(script_name),
    application_xml: optional::<String>(application_xml),
    correlation_config_xml: optional::<String>(correlation_config_xml),
    source_config_xml: optional::<String>(source_config_xml),
    source_config: nullable::<String>(source_config, source_config_null),
    source_config_from: nullable::<String>(source_config_from, source_config_from_null),
    s3_location: optional::<String>(s3_location),
    uploaded_files: nullable::<Vec<String>>(uploaded_files, uploaded_files_null),
    file_upload: optional::<bool>(file_upload),
    direct_connect: optional::<bool>(direct_connect),
    translation_properties: optional::<::serde_json::Value>(translation_properties),
    connector_metadata: optional::<::serde_json::Value>(connector_metadata),
    status: optional::<crate::ConnectorDetailStatus>(status),
});
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
