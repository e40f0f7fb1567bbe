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
    /// Date and time, down to the millisecond, when this personal access token will expire. If not provided, the token will expire 6 months after its creation date. The value must be a valid date-time string between the current date and 6 months from the creation date.
    pub expiration_date: Option<Option<crate::primitives::DateTime>>,
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
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::setters!(GetPersonalAccessTokenResponse {
    last_used: nullable::<crate::primitives::DateTime>(last_used, last_used_null),
    managed: optional::<bool>(managed),
    access_token_validity_seconds: optional::<i32>(access_token_validity_seconds),
    expiration_date: nullable::<crate::primitives::DateTime>(expiration_date, expiration_date_null),
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
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for GetPersonalAccessTokenResponse {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.owner, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
