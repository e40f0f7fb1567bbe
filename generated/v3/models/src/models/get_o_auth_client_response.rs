#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct GetOAuthClientResponse {
    /// ID of the OAuth client
    pub id: String,
    /// The name of the business the API Client should belong to
    #[serde(rename = "businessName")]
    pub business_name: Option<String>,
    /// The homepage URL associated with the owner of the API Client
    #[serde(rename = "homepageUrl")]
    pub homepage_url: Option<String>,
    /// A human-readable name for the API Client
    pub name: String,
    /// A description of the API Client
    pub description: Option<String>,
    /// The number of seconds an access token generated for this API Client is valid for
    #[serde(rename = "accessTokenValiditySeconds")]
    pub access_token_validity_seconds: i32,
    /// The number of seconds a refresh token generated for this API Client is valid for
    #[serde(rename = "refreshTokenValiditySeconds")]
    pub refresh_token_validity_seconds: i32,
    /// A list of the approved redirect URIs used with the authorization_code flow
    #[serde(rename = "redirectUris")]
    pub redirect_uris: Option<Vec<String>>,
    /// A list of OAuth 2.0 grant types this API Client can be used with
    #[serde(rename = "grantTypes")]
    pub grant_types: Vec<crate::GrantType>,
    /// The access type (online or offline) of this API Client
    #[serde(rename = "accessType")]
    pub access_type: crate::AccessType,
    /// The type of the API Client (public or confidential)
    pub r#type: crate::ClientType,
    /// An indicator of whether the API Client can be used for requests internal to IDN
    pub internal: bool,
    /// An indicator of whether the API Client is enabled for use
    pub enabled: bool,
    /// An indicator of whether the API Client supports strong authentication
    #[serde(rename = "strongAuthSupported")]
    pub strong_auth_supported: bool,
    /// An indicator of whether the API Client supports the serialization of SAML claims when used with the authorization_code flow
    #[serde(rename = "claimsSupported")]
    pub claims_supported: bool,
    /// The date and time, down to the millisecond, when the API Client was created
    pub created: crate::primitives::DateTime,
    /// The date and time, down to the millisecond, when the API Client was last updated
    pub modified: crate::primitives::DateTime,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub secret: Option<Option<String>>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub metadata: Option<Option<String>>,
    /// The date and time, down to the millisecond, when this API Client was last used to generate an access token. This timestamp does not get updated on every API Client usage, but only once a day. This property can be useful for identifying which API Clients are no longer actively used and can be removed.
    #[serde(
        rename = "lastUsed",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub last_used: Option<Option<crate::primitives::DateTime>>,
    /// Scopes of the API Client.
    pub scope: Option<Vec<String>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl GetOAuthClientResponse {
    /// Builds a `GetOAuthClientResponse` from its required fields; the others are unset.
    pub fn new(
        id: String,
        business_name: Option<String>,
        homepage_url: Option<String>,
        name: String,
        description: Option<String>,
        access_token_validity_seconds: i32,
        refresh_token_validity_seconds: i32,
        redirect_uris: Option<Vec<String>>,
        grant_types: Vec<crate::GrantType>,
        access_type: crate::AccessType,
        r#type: crate::ClientType,
        internal: bool,
        enabled: bool,
        strong_auth_supported: bool,
        claims_supported: bool,
        created: crate::primitives::DateTime,
        modified: crate::primitives::DateTime,
        scope: Option<Vec<String>>,
    ) -> Self {
        Self {
            id,
            business_name,
            homepage_url,
            name,
            description,
            access_token_validity_seconds,
            refresh_token_validity_seconds,
            redirect_uris,
            grant_types,
            access_type,
            r#type,
            internal,
            enabled,
            strong_auth_supported,
            claims_supported,
            created,
            modified,
            secret: None,
            metadata: None,
            last_used: None,
            scope,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit for GetOAuthClientResponse {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.grant_types, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.access_type, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
