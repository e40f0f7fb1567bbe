#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct HttpConfig {
    /// URL of the external/custom integration.
    pub url: String,
    #[serde(rename = "httpDispatchMode")]
    pub http_dispatch_mode: crate::HttpDispatchMode,
    #[serde(
        rename = "httpAuthenticationType",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub http_authentication_type: Option<crate::HttpAuthenticationType>,
    #[serde(
        rename = "basicAuthConfig",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub basic_auth_config: Option<Option<crate::BasicAuthConfig>>,
    #[serde(
        rename = "bearerTokenAuthConfig",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub bearer_token_auth_config: Option<Option<crate::BearerTokenAuthConfig>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl HttpConfig {
    /// Builds a `HttpConfig` from its required fields; the others are unset.
    pub fn new(url: String, http_dispatch_mode: crate::HttpDispatchMode) -> Self {
        Self {
            url,
            http_dispatch_mode,
            http_authentication_type: None,
            basic_auth_config: None,
            bearer_token_auth_config: None,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit for HttpConfig {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.http_dispatch_mode, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.http_authentication_type, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.basic_auth_config, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.bearer_token_auth_config, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
