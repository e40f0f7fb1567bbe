//! Operations tagged `OAuth Clients`.
//!
//! Use this API to implement OAuth client functionality.
//! With this functionality in place, users with the appropriate security scopes can create and configure OAuth clients to use as a way to obtain authorization to use the Identity Security Cloud REST API.
//! Refer to [Authentication](https://developer.sailpoint.com/docs/api/authentication/) for more information about OAuth and how it works with the Identity Security Cloud REST API.
#[allow(unused_imports)]
use crate::{models, runtime};
/// Operations tagged `OAuth Clients`; get it with the client's accessor.
#[derive(Debug, Clone)]
pub struct OAuthClientsApi {
    client: crate::Client,
}
impl OAuthClientsApi {
    pub(crate) fn new(client: crate::Client) -> Self {
        OAuthClientsApi { client }
    }
    /// Create oauth client
    ///
    /// This creates an OAuth client.
    ///
    /// `POST /oauth-clients` (operation `createOauthClient`).
    ///
    /// Arguments:
    ///
    /// - `body`: The request body (`application/json`).
    pub fn create_oauth_client(
        &self,
        body: models::CreateOAuthClientRequest,
    ) -> CreateOauthClient {
        CreateOauthClient {
            client: self.client.clone(),
            body,
        }
    }
    /// Delete oauth client
    ///
    /// This deletes an OAuth client.
    ///
    /// `DELETE /oauth-clients/{id}` (operation `deleteOauthClient`).
    ///
    /// Arguments:
    ///
    /// - `id`: The OAuth client id Example: `"ef38f94347e94562b5bb8424a56397d8"`.
    pub fn delete_oauth_client(&self, id: impl Into<String>) -> DeleteOauthClient {
        DeleteOauthClient {
            client: self.client.clone(),
            id: id.into(),
        }
    }
    /// Get oauth client
    ///
    /// This gets details of an OAuth client.
    ///
    /// `GET /oauth-clients/{id}` (operation `getOauthClient`).
    ///
    /// Arguments:
    ///
    /// - `id`: The OAuth client id Example: `"ef38f94347e94562b5bb8424a56397d8"`.
    pub fn get_oauth_client(&self, id: impl Into<String>) -> GetOauthClient {
        GetOauthClient {
            client: self.client.clone(),
            id: id.into(),
        }
    }
    /// List oauth clients
    ///
    /// This gets a list of OAuth clients.
    ///
    /// `GET /oauth-clients` (operation `listOauthClients`).
    pub fn list_oauth_clients(&self) -> ListOauthClients {
        ListOauthClients {
            client: self.client.clone(),
            filters: None,
        }
    }
    /// Patch oauth client
    ///
    /// This performs a targeted update to the field(s) of an OAuth client.
    ///
    /// `PATCH /oauth-clients/{id}` (operation `patchOauthClient`).
    ///
    /// Arguments:
    ///
    /// - `id`: The OAuth client id Example: `"ef38f94347e94562b5bb8424a56397d8"`.
    /// - `body`: A list of OAuth client update operations according to the [JSON Patch](https://tools.ietf.org/html/rfc6902) standard. The following fields are patchable: * tenant * businessName * homepageUrl * name * description * accessTokenValiditySeconds * refreshTokenValiditySeconds * redirectUris * grantTypes * accessType * enabled * strongAuthSupported * claimsSupported
    pub fn patch_oauth_client(
        &self,
        id: impl Into<String>,
        body: Vec<models::JsonPatchOperation>,
    ) -> PatchOauthClient {
        PatchOauthClient {
            client: self.client.clone(),
            id: id.into(),
            body,
        }
    }
}
/// Request builder of [`OAuthClientsApi::create_oauth_client`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct CreateOauthClient {
    client: crate::Client,
    body: models::CreateOAuthClientRequest,
}
impl CreateOauthClient {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = "/oauth-clients".to_string();
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
        Output = runtime::Result<models::CreateOAuthClientResponse>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    CreateOauthClient, models::CreateOAuthClientResponse, CreateOauthClientError
);
/// The errors of [`CreateOauthClient`]: [`crate::errors::Error400_401_403_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type CreateOauthClientError = crate::errors::Error400_401_403_429_500;
/// Request builder of [`OAuthClientsApi::delete_oauth_client`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct DeleteOauthClient {
    client: crate::Client,
    id: String,
}
impl DeleteOauthClient {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = ["/oauth-clients/", &runtime::encode::path_param(&self.id, false)?]
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
runtime::send_methods!(DeleteOauthClient, (), DeleteOauthClientError);
/// The errors of [`DeleteOauthClient`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type DeleteOauthClientError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`OAuthClientsApi::get_oauth_client`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetOauthClient {
    client: crate::Client,
    id: String,
}
impl GetOauthClient {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = ["/oauth-clients/", &runtime::encode::path_param(&self.id, false)?]
            .concat();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(runtime::Method::GET, crate::BASE_PATH, path)
            .product(crate::PRODUCT);
        req = req.accept("application/json")?;
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<models::GetOAuthClientResponse>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    GetOauthClient, models::GetOAuthClientResponse, GetOauthClientError
);
/// The errors of [`GetOauthClient`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type GetOauthClientError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`OAuthClientsApi::list_oauth_clients`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ListOauthClients {
    client: crate::Client,
    filters: Option<String>,
}
impl ListOauthClients {
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
        let path = "/oauth-clients".to_string();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(runtime::Method::GET, crate::BASE_PATH, path)
            .product(crate::PRODUCT);
        if let Some(v) = &self.filters {
            req = req.query("filters", v, "form", true)?;
        }
        req = req.accept("application/json")?;
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<Vec<models::GetOAuthClientResponse>>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    ListOauthClients, Vec < models::GetOAuthClientResponse >, ListOauthClientsError
);
/// The errors of [`ListOauthClients`]: [`crate::errors::Error400_401_403_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type ListOauthClientsError = crate::errors::Error400_401_403_429_500;
/// Request builder of [`OAuthClientsApi::patch_oauth_client`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct PatchOauthClient {
    client: crate::Client,
    id: String,
    body: Vec<models::JsonPatchOperation>,
}
impl PatchOauthClient {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = ["/oauth-clients/", &runtime::encode::path_param(&self.id, false)?]
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
        Output = runtime::Result<models::GetOAuthClientResponse>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    PatchOauthClient, models::GetOAuthClientResponse, PatchOauthClientError
);
/// The errors of [`PatchOauthClient`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type PatchOauthClientError = crate::errors::Error400_401_403_404_429_500;
