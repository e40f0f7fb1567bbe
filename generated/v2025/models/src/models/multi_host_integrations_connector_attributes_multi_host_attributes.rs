/// Attributes of Multi-Host Integration
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct MultiHostIntegrationsConnectorAttributesMultiHostAttributes {
    /// Password.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub password: Option<String>,
    /// Connector file.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub connector_files: Option<String>,
    /// Authentication type.
    #[serde(rename = "authType", default, skip_serializing_if = "Option::is_none")]
    pub auth_type: Option<String>,
    /// Username.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl MultiHostIntegrationsConnectorAttributesMultiHostAttributes {
    /// Builds a `MultiHostIntegrationsConnectorAttributesMultiHostAttributes` with every field unset.
    pub fn new() -> Self {
        Self {
            password: None,
            connector_files: None,
            auth_type: None,
            user: None,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit
for MultiHostIntegrationsConnectorAttributesMultiHostAttributes {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
