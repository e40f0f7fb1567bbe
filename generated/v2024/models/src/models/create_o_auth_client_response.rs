#[derive(Debug, Clone, PartialEq)]
pub struct CreateOAuthClientResponse {
    /// ID of the OAuth client
    pub id: String,
    /// Secret of the OAuth client (This field is only returned on the intial create call.)
    pub secret: String,
    /// The name of the business the API Client should belong to
    pub business_name: String,
    /// The homepage URL associated with the owner of the API Client
    pub homepage_url: String,
    /// A human-readable name for the API Client
    pub name: String,
    /// A description of the API Client
    pub description: String,
    /// The number of seconds an access token generated for this API Client is valid for
    pub access_token_validity_seconds: i32,
    /// The number of seconds a refresh token generated for this API Client is valid for
    pub refresh_token_validity_seconds: i32,
    /// A list of the approved redirect URIs used with the authorization_code flow
    pub redirect_uris: Vec<String>,
    /// A list of OAuth 2.0 grant types this API Client can be used with
    pub grant_types: Vec<crate::GrantType>,
    /// The access type (online or offline) of this API Client
    pub access_type: crate::AccessType,
    /// The type of the API Client (public or confidential)
    pub r#type: crate::ClientType,
    /// An indicator of whether the API Client can be used for requests internal to IDN
    pub internal: bool,
    /// An indicator of whether the API Client is enabled for use
    pub enabled: bool,
    /// An indicator of whether the API Client supports strong authentication
    pub strong_auth_supported: bool,
    /// An indicator of whether the API Client supports the serialization of SAML claims when used with the authorization_code flow
    pub claims_supported: bool,
    /// The date and time, down to the millisecond, when the API Client was created
    pub created: crate::primitives::DateTime,
    /// The date and time, down to the millisecond, when the API Client was last updated
    pub modified: crate::primitives::DateTime,
    /// Scopes of the API Client.
    pub scope: Option<Vec<String>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl CreateOAuthClientResponse {
    /// Builds a `CreateOAuthClientResponse` from its required fields; the others are unset.
    pub fn new(
        id: impl Into<String>,
        secret: impl Into<String>,
        business_name: impl Into<String>,
        homepage_url: impl Into<String>,
        name: impl Into<String>,
        description: impl Into<String>,
        access_token_validity_seconds: impl Into<i32>,
        refresh_token_validity_seconds: impl Into<i32>,
        redirect_uris: impl Into<Vec<String>>,
        grant_types: impl Into<Vec<crate::GrantType>>,
        access_type: impl Into<crate::AccessType>,
        r#type: impl Into<crate::ClientType>,
        internal: impl Into<bool>,
        enabled: impl Into<bool>,
        strong_auth_supported: impl Into<bool>,
        claims_supported: impl Into<bool>,
        created: impl Into<crate::primitives::DateTime>,
        modified: impl Into<crate::primitives::DateTime>,
        scope: impl Into<Option<Vec<String>>>,
    ) -> Self {
        Self {
            id: id.into(),
            secret: secret.into(),
            business_name: business_name.into(),
            homepage_url: homepage_url.into(),
            name: name.into(),
            description: description.into(),
            access_token_validity_seconds: access_token_validity_seconds.into(),
            refresh_token_validity_seconds: refresh_token_validity_seconds.into(),
            redirect_uris: redirect_uris.into(),
            grant_types: grant_types.into(),
            access_type: access_type.into(),
            r#type: r#type.into(),
            internal: internal.into(),
            enabled: enabled.into(),
            strong_auth_supported: strong_auth_supported.into(),
            claims_supported: claims_supported.into(),
            created: created.into(),
            modified: modified.into(),
            scope: scope.into(),
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::serde_struct!(CreateOAuthClientResponse {
    id: required("id"),
    secret: required("secret"),
    business_name: required("businessName"),
    homepage_url: required("homepageUrl"),
    name: required("name"),
    description: required("description"),
    access_token_validity_seconds: required("accessTokenValiditySeconds"),
    refresh_token_validity_seconds: required("refreshTokenValiditySeconds"),
    redirect_uris: required("redirectUris"),
    grant_types: required("grantTypes"),
    access_type: required("accessType"),
    r#type: required("type"),
    internal: required("internal"),
    enabled: required("enabled"),
    strong_auth_supported: required("strongAuthSupported"),
    claims_supported: required("claimsSupported"),
    created: required("created"),
    modified: required("modified"),
    scope: required("scope"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for CreateOAuthClientResponse {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.grant_types, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.access_type, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
