#[derive(Debug, Clone, PartialEq, Default)]
pub struct CustomConnectorResponseObject {
    /// The connector name
    pub name: Option<String>,
    /// The connector type
    pub r#type: Option<String>,
    /// The connector script name
    pub script_name: Option<String>,
    /// The connector class name.
    pub class_name: Option<Option<String>>,
    /// The list of features supported by the connector
    pub features: Option<Option<Vec<String>>>,
    /// true if the source is a direct connect source
    pub direct_connect: Option<bool>,
    /// A map containing metadata pertinent to the connector
    pub connector_metadata: Option<::serde_json::Value>,
    /// The connector status
    pub status: Option<crate::CustomConnectorResponseObjectStatus>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl CustomConnectorResponseObject {
    /// Builds a `CustomConnectorResponseObject` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(CustomConnectorResponseObject {
    name: optional::<String>(name),
    r#type: optional::<String>(r#type),
    script_name: optional::<String>(script_name),
    class_name: nullable::<String>(class_name, class_name_null),
    features: nullable::<Vec<String>>(features, features_null),
    direct_connect: optional::<bool>(direct_connect),
    connector_metadata: optional::<::serde_json::Value>(connector_metadata),
    status: optional::<crate::CustomConnectorResponseObjectStatus>(status),
});
crate::serde_helpers::serde_struct!(CustomConnectorResponseObject {
    name: optional("name"),
    r#type: optional("type"),
    script_name: optional("scriptName"),
    class_name: nullable("className"),
    features: nullable("features"),
    direct_connect: optional("directConnect"),
    connector_metadata: nullable("connectorMetadata"),
    status: optional("status"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for CustomConnectorResponseObject {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.connector_metadata, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.status, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// The connector status
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum CustomConnectorResponseObjectStatus {
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
impl CustomConnectorResponseObjectStatus {
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
impl From<&str> for CustomConnectorResponseObjectStatus {
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
crate::serde_helpers::string_enum!(CustomConnectorResponseObjectStatus);
