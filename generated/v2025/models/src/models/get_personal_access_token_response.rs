#[derive(Debug, Clone, PartialEq)]
pub struct GetPersonalAccessTokenResponse {
    /// The ID of the personal access token (to be used as the username for Basic Auth).
    pub id: String,
    /// The name of the personal access token. Cannot be the same as other personal access tokens owned by a user.
    pub name: String,
    /// Scopes of the personal  access token.
    pub scope: Option<Vec<String>>,
    pub owner: crate::PatOwner,
    /// The date and time, down to the millisecond, when this personal access token was created.
    pub created: crate::primitives::DateTime,
    /// The date and time, down to the millisecond, when this personal access token was last used to generate an access token. This timestamp does not get updated on every PAT usage, but only once a day. This property can be useful for identifying which PATs are no longer actively used and can be removed.
    pub last_used: Option<Option<crate::primitives::DateTime>>,
    /// If true, this token is managed by the SailPoint platform, and is not visible in the user interface. For example, Workflows will create managed personal access tokens for users who create workflows.
    pub managed: Option<bool>,
    /// Number of seconds an access token is valid when generated using this Personal Access Token. If no value is specified, the token will be created with the default value of 43200.
    pub access_token_validity_seconds: Option<i32>,
    /// Date and time, down to the millisecond, when this personal access token will expire.
    /// **Important:** When `expirationDate` is `null` or empty, the token will never expire (and `userAwareTokenNeverExpires` will be `true`).
    /// When `expirationDate` is provided, this value must be a future date. There is no upper limit on how far in the future the expiration date can be set.
    pub expiration_date: Option<Option<crate::primitives::DateTime>>,
    /// Indicates that the user who created or updated this Personal Access Token is aware of and acknowledges the security implications of creating a token that will never expire. When `true`, this flag confirms that the user understood the security risks associated with non-expiring tokens at the time of creation or update.
    /// **Security Awareness:** This field serves as a record that the user acknowledged: * Tokens that never expire pose a greater security risk if compromised * Non-expiring tokens should be used only when necessary and with appropriate security measures * Regular rotation and monitoring of non-expiring tokens is recommended
    /// **Behavior:** * When `true`: Indicates that the user acknowledged they were creating a token that will never expire. When `expirationDate` is `null`, the token will never expire. * When `false`: The token follows normal expiration rules based on the `expirationDate` field and `accessTokenValiditySeconds` setting.
    pub user_aware_token_never_expires: Option<bool>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl GetPersonalAccessTokenResponse {
    /// Builds a `GetPersonalAccessTokenResponse` from its required fields; the others are unset.
    pub fn new(
        id: impl Into<String>,
        name: impl Into<String>,
        scope: impl Into<Option<Vec<String>>>,
        owner: impl Into<crate::PatOwner>,
        created: impl Into<crate::primitives::DateTime>,
    ) -> Self {
        Self {
            id: id.into(),
            name: name.into(),
            scope: scope.into(),
            owner: owner.into(),
            created: created.into(),
            last_used: None,
            managed: None,
            access_token_validity_seconds: None,
            expiration_date: None,
            user_aware_token_never_expires: None,
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::setters!(GetPersonalAccessTokenResponse {
    last_used: nullable::<crate::primitives::DateTime>(last_used, last_used_null),
    managed: optional::<bool>(managed),
    access_token_validity_seconds: optional::<i32>(access_token_validity_seconds),
    expiration_date: nullable::<crate::primitives::DateTime>(expiration_date, expiration_date_null),
    user_aware_token_never_expires: optional::<bool>(user_aware_token_never_expires),
});
crate::serde_helpers::serde_struct!(GetPersonalAccessTokenResponse {
    id: required("id"),
    name: required("name"),
    scope: required("scope"),
    owner: required("owner"),
    created: required("created"),
    last_used: nullable("lastUsed"),
    managed: optional("managed"),
    access_token_validity_seconds: optional("accessTokenValiditySeconds"),
    expiration_date: nullable("expirationDate"),
    user_aware_token_never_expires: optional("userAwareTokenNeverExpires"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for GetPersonalAccessTokenResponse {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.owner, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
