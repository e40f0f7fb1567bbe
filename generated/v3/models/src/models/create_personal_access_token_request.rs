/// Object for specifying the name of a personal access token to create
#[derive(Debug, Clone, PartialEq)]
pub struct CreatePersonalAccessTokenRequest {
    /// The name of the personal access token (PAT) to be created. Cannot be the same as another PAT owned by the user for whom this PAT is being created.
    pub name: String,
    /// Scopes of the personal  access token. If no scope is specified, the token will be created with the default scope "sp:scopes:all". This means the personal access token will have all the rights of the owner who created it.
    pub scope: Option<Option<Vec<String>>>,
    /// Number of seconds an access token is valid when generated using this Personal Access Token. If no value is specified, the token will be created with the default value of 43200.
    pub access_token_validity_seconds: Option<Option<i32>>,
    /// Date and time, down to the millisecond, when this personal access token will expire. If not provided, the token will expire 6 months after its creation date. The value must be a valid date-time string between the current date and 6 months from the creation date.
    pub expiration_date: Option<Option<crate::primitives::DateTime>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl CreatePersonalAccessTokenRequest {
    /// Builds a `CreatePersonalAccessTokenRequest` from its required fields; the others are unset.
    pub fn new(name: impl Into<String>) -> Self {
        Self {
            name: name.into(),
            scope: None,
            access_token_validity_seconds: None,
            expiration_date: None,
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::setters!(CreatePersonalAccessTokenRequest {
    scope: nullable::<Vec<String>>(scope, scope_null),
    access_token_validity_seconds: nullable::<i32>(access_token_validity_seconds, access_token_validity_seconds_null),
    expiration_date: nullable::<crate::primitives::DateTime>(expiration_date, expiration_date_null),
});
crate::serde_helpers::serde_struct!(CreatePersonalAccessTokenRequest {
    name: required("name"),
    scope: nullable("scope"),
    access_token_validity_seconds: nullable("accessTokenValiditySeconds"),
    expiration_date: nullable("expirationDate"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for CreatePersonalAccessTokenRequest {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}
