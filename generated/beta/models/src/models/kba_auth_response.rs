#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct KbaAuthResponse {
    #[serde(
        rename = "kbaAuthResponseItems",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub kba_auth_response_items: Option<Vec<crate::KbaAuthResponseItem>>,
    /// MFA Authentication status
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<crate::KbaAuthResponseStatus>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl KbaAuthResponse {
    /// Builds a `KbaAuthResponse` with every field unset.
    pub fn new() -> Self {
        Self {
            kba_auth_response_items: None,
            status: None,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit for KbaAuthResponse {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.kba_auth_response_items, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.status, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
