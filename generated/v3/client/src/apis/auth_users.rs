//! Operations tagged `Auth Users`.
//!
//! Use this API to implement user authentication system functionality.
//! With this functionality in place, users can get a user's authentication system details, including their capabilities, and modify those capabilities.
//! The user's capabilities refer to their access to different systems, or authorization, within the tenant, like access to certifications (CERT_ADMIN) or reports (REPORT_ADMIN).
//! These capabilities also determine a user's access to the different APIs.
//! This API provides users with a way to determine a user's access and make quick and easy changes to that access.
#[allow(unused_imports)]
use crate::{models, runtime};
/// Operations tagged `Auth Users`; get it with the client's accessor.
#[derive(Debug, Clone)]
pub struct AuthUsersApi {
    client: crate::Client,
}
impl AuthUsersApi {
    pub(crate) fn new(client: crate::Client) -> Self {
        AuthUsersApi { client }
    }
    /// Auth user details
    ///
    /// Return the specified user's authentication system details.
    ///
    /// `GET /auth-users/{id}` (operation `getAuthUser`).
    ///
    /// Arguments:
    ///
    /// - `id`: Identity ID Example: `"ef38f94347e94562b5bb8424a56397d8"`.
    pub fn get_auth_user(&self, id: impl Into<String>) -> GetAuthUser {
        GetAuthUser {
            client: self.client.clone(),
            id: id.into(),
        }
    }
    /// Auth user update
    ///
    /// Use a PATCH request to update an existing user in the authentication system.
    /// Use this endpoint to modify these fields:
    ///   * `capabilities`
    ///
    /// A '400.1.1 Illegal update attempt' detail code indicates that you attempted to PATCH a field that is not allowed.
    ///
    /// `PATCH /auth-users/{id}` (operation `patchAuthUser`).
    ///
    /// Arguments:
    ///
    /// - `id`: Identity ID Example: `"ef38f94347e94562b5bb8424a56397d8"`.
    /// - `body`: A list of auth user update operations according to the [JSON Patch](https://tools.ietf.org/html/rfc6902) standard.
    pub fn patch_auth_user(
        &self,
        id: impl Into<String>,
        body: Vec<models::JsonPatchOperation>,
    ) -> PatchAuthUser {
        PatchAuthUser {
            client: self.client.clone(),
            id: id.into(),
            body,
        }
    }
}
/// Request builder of [`AuthUsersApi::get_auth_user`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetAuthUser {
    client: crate::Client,
    id: String,
}
impl GetAuthUser {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = ["/auth-users/", &runtime::encode::path_param(&self.id, false)?]
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
        Output = runtime::Result<models::AuthUser>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(GetAuthUser, models::AuthUser, GetAuthUserError);
/// The errors of [`GetAuthUser`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type GetAuthUserError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`AuthUsersApi::patch_auth_user`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct PatchAuthUser {
    client: crate::Client,
    id: String,
    body: Vec<models::JsonPatchOperation>,
}
impl PatchAuthUser {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = ["/auth-users/", &runtime::encode::path_param(&self.id, false)?]
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
        Output = runtime::Result<models::AuthUser>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(PatchAuthUser, models::AuthUser, PatchAuthUserError);
/// The errors of [`PatchAuthUser`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type PatchAuthUserError = crate::errors::Error400_401_403_404_429_500;
