#[derive(Debug, Clone, PartialEq)]
pub struct CreateOAuthClientRequest {
    /// The name of the business the API Client should belong to
    pub business_name: Option<Option<String>>,
    /// The homepage URL associated with the owner of the API Client
    pub homepage_url: Option<Option<String>>,
    /// A human-readable name for the API Client
    pub name: Option<String>,
    /// A description of the API Client
    pub description: Option<String>,
    /// The number of seconds an access token generated for this API Client is valid for
    pub access_token_validity_seconds: i32,
    /// The number of seconds a refresh token generated for this API Client is valid for
    pub refresh_token_validity_seconds: Option<i32>,
    /// A list of the approved redirect URIs. Provide one or more URIs when assigning the AUTHORIZATION_CODE grant type to a new OAuth Client.
    pub redirect_uris: Option<Option<Vec<String>>>,
    /// A list of OAuth 2.0 grant types this API Client can be used with
    pub grant_types: Option<Vec<crate::GrantType>>,
    /// The access type (online or offline) of this API Client
    pub access_type: crate::AccessType,
    /// The type of the API Client (public or confidential)
    pub r#type: Option<crate::ClientType>,
    /// An indicator of whether the API Client can be used for requests internal within the product.
    pub internal: Option<bool>,
    /// An indicator of whether the API Client is enabled for use
    pub enabled: bool,
    /// An indicator of whether the API Client supports strong authentication
    pub strong_auth_supported: Option<bool>,
    /// An indicator of whether the API Client supports the serialization of SAML claims when used with the authorization_code flow
    pub claims_supported: Option<bool>,
    /// Scopes of the API Client. If no scope is specified, the client will be created with the default scope "sp:scopes:all". This means the API Client will have all the rights of the owner who created it.
    pub scope: Option<Option<Vec<String>>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl CreateOAuthClientRequest {
    /// Builds a `CreateOAuthClientRequest` from its required fields; the others are unset.
    pub fn new(
        name: impl Into<Option<String>>,
        description: impl Into<Option<String>>,
        access_token_validity_seconds: impl Into<i32>,
        grant_types: impl Into<Option<Vec<crate::GrantType>>>,
        access_type: impl Into<crate::AccessType>,
        enabled: impl Into<bool>,
    ) -> Self {
        Self {
            business_name: None,
            homepage_url: None,
            name: name.into(),
            description: description.into(),
            access_token_validity_seconds: access_token_validity_seconds.into(),
            refresh_token_validity_seconds: None,
            redirect_uris: None,
            grant_types: grant_types.into(),
            access_type: access_type.into(),
            r#type: None,
            internal: None,
            enabled: enabled.into(),
            strong_auth_supported: None,
            claims_supported: None,
            scope: None,
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::setters!(CreateOAuthClientRequest {
    business_name: nullable::<String>(business_name, business_name_null),
    homepage_url: nullable::<String>(homepage_url, homepage_url_null),
    refresh_token_validity_seconds: optional::<i32>(refresh_token_validity_seconds),
    redirect_uris: nullable::<Vec<String>>(redirect_uris, redirect_uris_null),
    r#type: optional::<crate::ClientType>(r#type),
    internal: optional::<bool>(internal),
    strong_auth_supported: optional::<bool>(strong_auth_supported),
    claims_supported: optional::<bool>(claims_supported),
    scope: nullable::<Vec<String>>(scope, scope_null),
});
crate::serde_helpers::serde_struct!(CreateOAuthClientRequest {
    business_name: nullable("businessName"),
    homepage_url: nullable("homepageUrl"),
    name: required("name"),
    description: required("description"),
    access_token_validity_seconds: required("accessTokenValiditySeconds"),
    refresh_token_validity_seconds: optional("refreshTokenValiditySeconds"),
    redirect_uris: nullable("redirectUris"),
    grant_types: required("grantTypes"),
    access_type: required("accessType"),
    r#type: optional("type"),
    internal: optional("internal"),
    enabled: required("enabled"),
    strong_auth_supported: optional("strongAuthSupported"),
    claims_supported: optional("claimsSupported"),
    scope: nullable("scope"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for CreateOAuthClientRequest {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.grant_types, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.access_type, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
