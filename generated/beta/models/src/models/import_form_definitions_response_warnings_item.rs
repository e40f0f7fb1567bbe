#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ImportFormDefinitionsResponseWarningsItem {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub detail: Option<::indexmap::IndexMap<String, ::serde_json::Value>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub key: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl ImportFormDefinitionsResponseWarningsItem {
    /// Builds a `ImportFormDefinitionsResponseWarningsItem` with every field unset.
    pub fn new() -> Self {
        Self {
            detail: None,
            key: None,
            text: None,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit for ImportFormDefinitionsResponseWarningsItem {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.detail, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
