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
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl V3ConnectorDto {
    /// Builds a `V3ConnectorDto` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(V3ConnectorDto {
    name: optional::<String>(name),
    r#type: optional::<String>(r#type),
    script_name: optional::<String>(script_name),
    class_name: nullable::<String>(class_name, class_name_null),
    features: nullable::<Vec<String>>(features, features_null),
    direct_connect: optional::<bool>(direct_connect),
    connector_metadata: optional::<::serde_json::Value>(connector_metadata),
    status: optional::<String>(status),
});
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
