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
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
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
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::setters!(HttpConfig {
    http_authentication_type: optional::<crate::HttpAuthenticationType>(http_authentication_type),
    basic_auth_config: nullable::<crate::BasicAuthConfig>(basic_auth_config, basic_auth_config_null),
    bearer_token_auth_config: nullable::<crate::BearerTokenAuthConfig>(bearer_token_auth_config, bearer_token_auth_config_null),
});
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
