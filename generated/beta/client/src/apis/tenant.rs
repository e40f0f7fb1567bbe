//! Operations tagged `Tenant`.
//!
//! API for reading tenant details.
#[allow(unused_imports)]
use crate::{models, runtime};
/// Operations tagged `Tenant`; get it with the client's accessor.
#[derive(Debug, Clone)]
pub struct TenantApi {
    client: crate::Client,
}
impl TenantApi {
    pub(crate) fn new(client: crate::Client) -> Self {
        TenantApi { client }
    }
    /// Get tenant information.
    ///
    /// This rest endpoint can be used to retrieve tenant details.
    ///
    /// `GET /tenant` (operation `getTenant`).
    pub fn get_tenant(&self) -> GetTenant {
        GetTenant {
            client: self.client.clone(),
        }
    }
}
/// Request builder of [`TenantApi::get_tenant`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetTenant {
    client: crate::Client,
}
impl GetTenant {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = "/tenant".to_string();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(runtime::Method::GET, crate::BASE_PATH, path)
            .product(crate::PRODUCT);
        req = req.accept("application/json")?;
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<models::Tenant>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(GetTenant, models::Tenant, GetTenantError);
/// The errors of [`GetTenant`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type GetTenantError = crate::errors::Error400_401_403_404_429_500;
