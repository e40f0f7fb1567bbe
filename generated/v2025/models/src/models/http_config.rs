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
    pub fn new(
        url: impl Into<String>,
        http_dispatch_mode: impl Into<crate::HttpDispatchMode>,
    ) -> Self {
        Self {
            url: url.into(),
            http_dispatch_mode: http_dispatch_mode.into(),
            http_authentication_type: None,
            basic_auth_config: None,
            bearer_token_auth_config: None,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
    /// Sets `http_authentication_type`.
    pub fn http_authentication_type(
        mut self,
        value: impl Into<crate::HttpAuthenticationType>,
    ) -> Self {
        self.http_authentication_type = Some(value.into());
        self
    }
    /// Sets `basic_auth_config`.
    pub fn basic_auth_config(
        mut self,
        value: impl Into<crate::BasicAuthConfig>,
    ) -> Self {
        self.basic_auth_config = Some(Some(value.into()));
        self
    }
    /// Sets `basic_auth_config` to an explicit `null`.
    pub fn basic_auth_config_null(mut self) -> Self {
        self.basic_auth_config = Some(None);
        self
    }
    /// Sets `bearer_token_auth_config`.
    pub fn bearer_token_auth_config(
        mut self,
        value: impl Into<crate::BearerTokenAuthConfig>,
    ) -> Self {
        self.bearer_token_auth_config = Some(Some(value.into()));
        self
    }
    /// Sets `bearer_token_auth_config` to an explicit `null`.
    pub fn bearer_token_auth_config_null(mut self) -> Self {
        self.bearer_token_auth_config = Some(None);
        self
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
