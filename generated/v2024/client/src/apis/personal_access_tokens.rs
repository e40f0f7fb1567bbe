//! Operations tagged `Personal Access Tokens`.
//!
//! Use this API to implement personal access token (PAT) functionality.
//! With this functionality in place, users can use PATs as an alternative to passwords for authentication in Identity Security Cloud.
//!
//! PATs embed user information into the client ID and secret.
//! This replaces the API clients' need to store and provide a username and password to establish a connection, improving Identity Security Cloud organizations' integration security.
//!
//! In Identity Security Cloud, users can do the following to create and manage their PATs: Select the dropdown menu under their names, select Preferences, and then select Personal Access Tokens.
//! They must then provide a description about the token's purpose.
//! They can then select 'Create Token' at the bottom of the page to generate and view the Secret and Client ID.
//!
//! Refer to [Managing Personal Access Tokens](https://documentation.sailpoint.com/saas/help/common/api_keys.html?h=token#generating-a-personal-access-token) for more information about PATs.
#[allow(unused_imports)]
use crate::{models, runtime};
/// Operations tagged `Personal Access Tokens`; get it with the client's accessor.
#[derive(Debug, Clone)]
pub struct PersonalAccessTokensApi {
    client: crate::Client,
}
impl PersonalAccessTokensApi {
    pub(crate) fn new(client: crate::Client) -> Self {
        PersonalAccessTokensApi { client }
    }
    /// Create personal access token
    ///
    /// This creates a personal access token.
    ///
    /// `POST /personal-access-tokens` (operation `createPersonalAccessToken`).
    ///
    /// Arguments:
    ///
    /// - `body`: Name and scope of personal access token.
    pub fn create_personal_access_token(
        &self,
        body: models::CreatePersonalAccessTokenRequest,
    ) -> CreatePersonalAccessToken {
        CreatePersonalAccessToken {
            client: self.client.clone(),
            body,
        }
    }
    /// Delete personal access token
    ///
    /// This deletes a personal access token.
    ///
    /// `DELETE /personal-access-tokens/{id}` (operation `deletePersonalAccessToken`).
    ///
    /// Arguments:
    ///
    /// - `id`: The personal access token id Example: `"ef38f94347e94562b5bb8424a56397d8"`.
    pub fn delete_personal_access_token(
        &self,
        id: impl Into<String>,
    ) -> DeletePersonalAccessToken {
        DeletePersonalAccessToken {
            client: self.client.clone(),
            id: id.into(),
        }
    }
    /// List personal access tokens
    ///
    /// This gets a collection of personal access tokens associated with the optional `owner-id`.  query parameter. If the `owner-id` query parameter is omitted, all personal access tokens  for a tenant will be retrieved, but the caller must have the 'idn:all-personal-access-tokens:read' right.
    ///
    /// `GET /personal-access-tokens` (operation `listPersonalAccessTokens`).
    pub fn list_personal_access_tokens(&self) -> ListPersonalAccessTokens {
        ListPersonalAccessTokens {
            client: self.client.clone(),
            owner_id: None,
            filters: None,
        }
    }
    /// Patch personal access token
    ///
    /// This performs a targeted update to the field(s) of a Personal Access Token.
    /// Changing scopes for a Personal Access Token does not impact existing bearer tokens. You will need to create a new bearer token to have the new scopes. Please note that it can take up to 20 minutes for scope changes to be seen on new bearer tokens.
    ///
    /// `PATCH /personal-access-tokens/{id}` (operation `patchPersonalAccessToken`).
    ///
    /// Arguments:
    ///
    /// - `id`: The Personal Access Token id Example: `"ef38f94347e94562b5bb8424a56397d8"`.
    /// - `body`: A list of OAuth client update operations according to the [JSON Patch](https://tools.ietf.org/html/rfc6902) standard. The following fields are patchable: * name * scope
    pub fn patch_personal_access_token(
        &self,
        id: impl Into<String>,
        body: Vec<models::JsonPatchOperation>,
    ) -> PatchPersonalAccessToken {
        PatchPersonalAccessToken {
            client: self.client.clone(),
            id: id.into(),
            body,
        }
    }
}
/// Request builder of [`PersonalAccessTokensApi::create_personal_access_token`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct CreatePersonalAccessToken {
    client: crate::Client,
    body: models::CreatePersonalAccessTokenRequest,
}
impl CreatePersonalAccessToken {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = "/personal-access-tokens".to_string();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(
                runtime::Method::POST,
                crate::BASE_PATH,
                path,
            )
            .product(crate::PRODUCT);
        req = req.accept("application/json")?;
        {
            let body = &self.body;
            req = req.json(body)?;
        }
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<models::CreatePersonalAccessTokenResponse>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    CreatePersonalAccessToken, models::CreatePersonalAccessTokenResponse,
    CreatePersonalAccessTokenError
);
/// The errors of [`CreatePersonalAccessToken`]: [`crate::errors::Error400_401_403_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type CreatePersonalAccessTokenError = crate::errors::Error400_401_403_429_500;
/// Request builder of [`PersonalAccessTokensApi::delete_personal_access_token`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct DeletePersonalAccessToken {
    client: crate::Client,
    id: String,
}
impl DeletePersonalAccessToken {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/personal-access-tokens/",
            &runtime::encode::path_param(&self.id, false)?,
        ]
            .concat();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(
                runtime::Method::DELETE,
                crate::BASE_PATH,
                path,
            )
            .product(crate::PRODUCT);
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<Output = runtime::Result<()>> + Send + 'static {
        resp.empty()
    }
}
runtime::send_methods!(DeletePersonalAccessToken, (), DeletePersonalAccessTokenError);
/// The errors of [`DeletePersonalAccessToken`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type DeletePersonalAccessTokenError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`PersonalAccessTokensApi::list_personal_access_tokens`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ListPersonalAccessTokens {
    client: crate::Client,
    owner_id: Option<String>,
    filters: Option<String>,
}
impl ListPersonalAccessTokens {
    /// The identity ID of the owner whose personal access tokens should be listed.  If "me", the caller should have the following right: 'idn:my-personal-access-tokens:read'
    /// If an actual owner ID or if the `owner-id` parameter is omitted in the request,  the caller should have the following right: 'idn:all-personal-access-tokens:read'.
    /// If the caller has the following right, then managed personal access tokens associated with `owner-id`  will be retrieved: 'idn:managed-personal-access-tokens:read'
    ///
    /// Default: `null`.
    pub fn owner_id(mut self, value: impl Into<String>) -> Self {
        self.owner_id = Some(value.into());
        self
    }
    /// Filter results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#filtering-results)
    ///
    /// Filtering is supported for the following fields and operators:
    ///
    /// **lastUsed**: *le, isnull*
    ///
    /// Example: `"lastUsed le 2023-02-05T10:59:27.214Z"`.
    pub fn filters(mut self, value: impl Into<String>) -> Self {
        self.filters = Some(value.into());
        self
    }
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = "/personal-access-tokens".to_string();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(runtime::Method::GET, crate::BASE_PATH, path)
            .product(crate::PRODUCT);
        if let Some(v) = &self.owner_id {
            req = req.query("owner-id", v, "form", true)?;
        }
        if let Some(v) = &self.filters {
            req = req.query("filters", v, "form", true)?;
        }
        req = req.accept("application/json")?;
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<Vec<models::GetPersonalAccessTokenResponse>>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    ListPersonalAccessTokens, Vec < models::GetPersonalAccessTokenResponse >,
    ListPersonalAccessTokensError
);
/// The errors of [`ListPersonalAccessTokens`]: [`crate::errors::Error400_401_403_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type ListPersonalAccessTokensError = crate::errors::Error400_401_403_429_500;
/// Request builder of [`PersonalAccessTokensApi::patch_personal_access_token`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct PatchPersonalAccessToken {
    client: crate::Client,
    id: String,
    body: Vec<models::JsonPatchOperation>,
}
impl PatchPersonalAccessToken {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/personal-access-tokens/",
            &runtime::encode::path_param(&self.id, false)?,
        ]
            .concat();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(
                runtime::Method::PATCH,
                crate::BASE_PATH,
                path,
            )
            .product(crate::PRODUCT);
        req = req.accept("application/json")?;
        {
            let body = &self.body;
            req = req.json_as("application/json-patch+json", body)?;
        }
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<models::GetPersonalAccessTokenResponse>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    PatchPersonalAccessToken, models::GetPersonalAccessTokenResponse,
    PatchPersonalAccessTokenError
);
/// The errors of [`PatchPersonalAccessToken`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type PatchPersonalAccessTokenError = crate::errors::Error400_401_403_404_429_500;
