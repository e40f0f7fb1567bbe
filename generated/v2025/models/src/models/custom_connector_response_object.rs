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
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl CustomConnectorResponseObject {
    /// Builds a `CustomConnectorResponseObject` with every field unset.
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
    /// Sets `script_name`.
    pub fn script_name(mut self, value: impl Into<String>) -> Self {
        self.script_name = Some(value.into());
        self
    }
    /// Sets `class_name`.
    pub fn class_name(mut self, value: impl Into<String>) -> Self {
        self.class_name = Some(Some(value.into()));
        self
    }
    /// Sets `class_name` to an explicit `null`.
    pub fn class_name_null(mut self) -> Self {
        self.class_name = Some(None);
        self
    }
    /// Sets `features`.
    pub fn features(mut self, value: impl Into<Vec<String>>) -> Self {
        self.features = Some(Some(value.into()));
        self
    }
    /// Sets `features` to an explicit `null`.
    pub fn features_null(mut self) -> Self {
        self.features = Some(None);
        self
    }
    /// Sets `direct_connect`.
    pub fn direct_connect(mut self, value: impl Into<bool>) -> Self {
        self.direct_connect = Some(value.into());
        self
    }
    /// Sets `connector_metadata`.
    pub fn connector_metadata(mut self, value: impl Into<::serde_json::Value>) -> Self {
        self.connector_metadata = Some(value.into());
        self
    }
    /// Sets `status`.
    pub fn status(
        mut self,
        value: impl Into<crate::CustomConnectorResponseObjectStatus>,
    ) -> Self {
        self.status = Some(value.into());
        self
    }
}
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
