//! Operations tagged `Auth Profile`.
//!
//! Use this API to implement Auth Profile functionality.
//! With this functionality in place, users can read authentication profiles and make changes to them.
//!
//! An authentication profile represents an identity profile's authentication configuration.
//! When the identity profile is created, its authentication profile is also created.
//! An authentication profile includes information like its authentication profile type (`BLOCK`, `MFA`, `NON_PTA`, PTA\`) and settings controlling whether or not it blocks access from off network or untrusted geographies.
#[allow(unused_imports)]
use crate::{models, runtime};
/// Operations tagged `Auth Profile`; get it with the client's accessor.
#[derive(Debug, Clone)]
pub struct AuthProfileApi {
    client: crate::Client,
}
impl AuthProfileApi {
    pub(crate) fn new(client: crate::Client) -> Self {
        AuthProfileApi { client }
    }
    /// Get auth profile
    ///
    /// This API returns auth profile information.
    ///
    /// `GET /auth-profiles/{id}` (operation `getProfileConfig`).
    ///
    /// Arguments:
    ///
    /// - `id`: ID of the Auth Profile to patch.
    pub fn get_profile_config(&self, id: impl Into<String>) -> GetProfileConfig {
        GetProfileConfig {
            client: self.client.clone(),
            id: id.into(),
        }
    }
    /// Get list of auth profiles
    ///
    /// This API returns a list of auth profiles.
    ///
    /// `GET /auth-profiles` (operation `getProfileConfigList`).
    pub fn get_profile_config_list(&self) -> GetProfileConfigList {
        GetProfileConfigList {
            client: self.client.clone(),
        }
    }
    /// Patch a specified auth profile
    ///
    /// This API updates an existing Auth Profile. The following fields are patchable:
    /// **offNetwork**, **untrustedGeography**, **applicationId**, **applicationName**, **type**
    ///
    /// `PATCH /auth-profiles/{id}` (operation `patchProfileConfig`).
    ///
    /// Arguments:
    ///
    /// - `id`: ID of the Auth Profile to patch.
    /// - `body`: The request body (`application/json-patch+json`).
    pub fn patch_profile_config(
        &self,
        id: impl Into<String>,
        body: Vec<models::JsonPatchOperation>,
    ) -> PatchProfileConfig {
        PatchProfileConfig {
            client: self.client.clone(),
            id: id.into(),
            body,
        }
    }
}
/// Request builder of [`AuthProfileApi::get_profile_config`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetProfileConfig {
    client: crate::Client,
    id: String,
}
impl GetProfileConfig {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = ["/auth-profiles/", &runtime::encode::path_param(&self.id, false)?]
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
        Output = runtime::Result<models::AuthProfile>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(GetProfileConfig, models::AuthProfile, GetProfileConfigError);
/// The errors of [`GetProfileConfig`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type GetProfileConfigError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`AuthProfileApi::get_profile_config_list`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetProfileConfigList {
    client: crate::Client,
}
impl GetProfileConfigList {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = "/auth-profiles".to_string();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(runtime::Method::GET, crate::BASE_PATH, path)
            .product(crate::PRODUCT);
        req = req.accept("application/json")?;
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<Vec<models::AuthProfileSummary>>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    GetProfileConfigList, Vec < models::AuthProfileSummary >, GetProfileConfigListError
);
/// The errors of [`GetProfileConfigList`]: [`crate::errors::Error400_401_403_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type GetProfileConfigListError = crate::errors::Error400_401_403_429_500;
/// Request builder of [`AuthProfileApi::patch_profile_config`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct PatchProfileConfig {
    client: crate::Client,
    id: String,
    body: Vec<models::JsonPatchOperation>,
}
impl PatchProfileConfig {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = ["/auth-profiles/", &runtime::encode::path_param(&self.id, false)?]
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
        Output = runtime::Result<models::AuthProfile>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(PatchProfileConfig, models::AuthProfile, PatchProfileConfigError);
/// The errors of [`PatchProfileConfig`]: [`crate::errors::Error400_401_403_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type PatchProfileConfigError = crate::errors::Error400_401_403_429_500;
