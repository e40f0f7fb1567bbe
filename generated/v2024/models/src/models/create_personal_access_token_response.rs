#[derive(Debug, Clone, PartialEq)]
pub struct CreatePersonalAccessTokenResponse {
    /// The ID of the personal access token (to be used as the username for Basic Auth).
    pub id: String,
    /// The secret of the personal access token (to be used as the password for Basic Auth).
    pub secret: String,
    /// Scopes of the personal  access token.
    pub scope: Option<Vec<String>>,
    /// The name of the personal access token. Cannot be the same as other personal access tokens owned by a user.
    pub name: String,
    pub owner: crate::PatOwner,
    /// The date and time, down to the millisecond, when this personal access token was created.
    pub created: crate::primitives::DateTime,
    /// Number of seconds an access token is valid when generated using this Personal Access Token. If no value is specified, the token will be created with the default value of 43200.
    pub access_token_validity_seconds: i32,
    /// Date and time, down to the millisecond, when this personal access token will expire. If not provided, the token will expire 6 months after its creation date. The value must be a valid date-time string between the current date and 6 months from the creation date.
    pub expiration_date: crate::primitives::DateTime,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl CreatePersonalAccessTokenResponse {
    /// Builds a `CreatePersonalAccessTokenResponse` from its required fields; the others are unset.
    pub fn new(
        id: impl Into<String>,
        secret: impl Into<String>,
        scope: impl Into<Option<Vec<String>>>,
        name: impl Into<String>,
        owner: impl Into<crate::PatOwner>,
        created: impl Into<crate::primitives::DateTime>,
        access_token_validity_seconds: impl Into<i32>,
        expiration_date: impl Into<crate::primitives::DateTime>,
    ) -> Self {
        Self {
            id: id.into(),
            secret: secret.into(),
            scope: scope.into(),
            name: name.into(),
            owner: owner.into(),
            created: created.into(),
            access_token_validity_seconds: access_token_validity_seconds.into(),
            expiration_date: expiration_date.into(),
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::serde_struct!(CreatePersonalAccessTokenResponse {
    id: required("id"),
    secret: required("secret"),
    scope: required("scope"),
    name: required("name"),
    owner: required("owner"),
    created: required("created"),
    access_token_validity_seconds: required("accessTokenValiditySeconds"),
    expiration_date: required("expirationDate"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for CreatePersonalAccessTokenResponse {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.owner, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
