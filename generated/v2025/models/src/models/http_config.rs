#[derive(Debug, Clone, PartialEq)]
pub struct HttpConfig {
    /// URL of the external/custom integration.
    pub url: String,
    pub http_dispatch_mode: crate::HttpDispatchMode,
    pub http_authentication_type: Option<crate::HttpAuthenticationType>,
    pub basic_auth_config: Option<Option<crate::BasicAuthConfig>>,
    pub bearer_token_auth_config: Option<Option<crate::BearerTokenAuthConfig>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
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
crate::serde_helpers::serde_struct!(HttpConfig {
    url: required("url"),
    http_dispatch_mode: required("httpDispatchMode"),
    http_authentication_type: optional("httpAuthenticationType"),
    basic_auth_config: nullable("basicAuthConfig"),
    bearer_token_auth_config: nullable("bearerTokenAuthConfig"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for HttpConfig {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.http_dispatch_mode, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.http_authentication_type, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.basic_auth_config, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.bearer_token_auth_config, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
