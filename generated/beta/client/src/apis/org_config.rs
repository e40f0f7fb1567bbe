//! Operations tagged `Org Config`.
//!
//! Use this API to implement organization configuration functionality.
//! Administrators can use this functionality to manage organization settings, such as time zones.
#[allow(unused_imports)]
use crate::{models, runtime};
/// Operations tagged `Org Config`; get it with the client's accessor.
#[derive(Debug, Clone)]
pub struct OrgConfigApi {
    client: crate::Client,
}
impl OrgConfigApi {
    pub(crate) fn new(client: crate::Client) -> Self {
        OrgConfigApi { client }
    }
    /// Get org configuration settings
    ///
    /// Get org configuration with only external (org admin) accessible properties for the current org.
    ///
    /// `GET /org-config` (operation `getOrgConfig`).
    pub fn get_org_config(&self) -> GetOrgConfig {
        GetOrgConfig {
            client: self.client.clone(),
        }
    }
    /// Get list of time zones
    ///
    /// Get a list of valid time zones that can be set in org configurations.
    ///
    /// `GET /org-config/valid-time-zones` (operation `getValidTimeZones`).
    pub fn get_valid_time_zones(&self) -> GetValidTimeZones {
        GetValidTimeZones {
            client: self.client.clone(),
        }
    }
    /// Patch an org configuration property
    ///
    /// Patch configuration of the current org using <http://jsonpatch.com/> syntax.  Commonly used for changing the time zone of an org.
    ///
    /// `PATCH /org-config` (operation `patchOrgConfig`).
    ///
    /// Arguments:
    ///
    /// - `body`: A list of schema attribute update operations according to the [JSON Patch](https://tools.ietf.org/html/rfc6902) standard.
    pub fn patch_org_config(
        &self,
        body: Vec<models::JsonPatchOperation>,
    ) -> PatchOrgConfig {
        PatchOrgConfig {
            client: self.client.clone(),
            body,
        }
    }
}
/// Request builder of [`OrgConfigApi::get_org_config`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetOrgConfig {
    client: crate::Client,
}
impl GetOrgConfig {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = "/org-config".to_string();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(runtime::Method::GET, crate::BASE_PATH, path)
            .product(crate::PRODUCT);
        req = req.accept("application/json")?;
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<models::OrgConfig>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(GetOrgConfig, models::OrgConfig, GetOrgConfigError);
/// The errors of [`GetOrgConfig`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type GetOrgConfigError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`OrgConfigApi::get_valid_time_zones`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetValidTimeZones {
    client: crate::Client,
}
impl GetValidTimeZones {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = "/org-config/valid-time-zones".to_string();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(runtime::Method::GET, crate::BASE_PATH, path)
            .product(crate::PRODUCT);
        req = req.accept("application/json")?;
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<Vec<String>>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(GetValidTimeZones, Vec < String >, GetValidTimeZonesError);
/// The errors of [`GetValidTimeZones`]: [`crate::errors::Error400_401_403_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type GetValidTimeZonesError = crate::errors::Error400_401_403_429_500;
/// Request builder of [`OrgConfigApi::patch_org_config`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct PatchOrgConfig {
    client: crate::Client,
    body: Vec<models::JsonPatchOperation>,
}
impl PatchOrgConfig {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = "/org-config".to_string();
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
        Output = runtime::Result<models::OrgConfig>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(PatchOrgConfig, models::OrgConfig, PatchOrgConfigError);
/// The errors of [`PatchOrgConfig`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type PatchOrgConfigError = crate::errors::Error400_401_403_404_429_500;
