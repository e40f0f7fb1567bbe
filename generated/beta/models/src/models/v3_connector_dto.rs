#[derive(Debug, Clone, PartialEq, Default)]
pub struct V3ConnectorDto {
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
    /// Object containing metadata pertinent to the UI to be used
    pub connector_metadata: Option<::serde_json::Value>,
    /// The connector status
    pub status: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl V3ConnectorDto {
    /// Builds a `V3ConnectorDto` with every field unset.
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
    pub fn status(mut self, value: impl Into<String>) -> Self {
        self.status = Some(value.into());
        self
    }
}
crate::serde_helpers::serde_struct!(V3ConnectorDto {
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
impl crate::serde_helpers::SchemaFit for V3ConnectorDto {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.connector_metadata, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
