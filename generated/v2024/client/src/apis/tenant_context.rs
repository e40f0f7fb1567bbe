//! Operations tagged `Tenant Context`.
//!
//! The purpose of this API is to manage key-value pairs specific to a tenant's context, enabling dynamic configuration and personalized settings per tenant.
//! Context key-value pairs will consist of common terms and acronyms used within your organization.
#[allow(unused_imports)]
use crate::{models, runtime};
/// Operations tagged `Tenant Context`; get it with the client's accessor.
#[derive(Debug, Clone)]
pub struct TenantContextApi {
    client: crate::Client,
}
impl TenantContextApi {
    pub(crate) fn new(client: crate::Client) -> Self {
        TenantContextApi { client }
    }
    /// Retrieve tenant context
    ///
    /// Returns all key-value pairs representing the current state of the tenant's context.
    /// Each tenant is limited to a maximum of 100 key-value pairs.
    ///
    /// `GET /tenant-context` (operation `getTenantContext`).
    pub fn get_tenant_context(&self) -> GetTenantContext {
        GetTenantContext {
            client: self.client.clone(),
        }
    }
    /// Update tenant context
    ///
    /// Allows the user to make incremental updates to tenant context records using [JSON Patch](https://tools.ietf.org/html/rfc6902) syntax.
    ///
    /// This endpoint is specifically designed to modify the `/Key/*` field, supporting operations such as `add`, `remove`, or `replace` to manage key-value pairs.
    ///
    /// Note that each tenant is limited to a maximum of 100 key-value pairs.
    ///
    /// `PATCH /tenant-context` (operation `patchTenantContext`).
    ///
    /// Arguments:
    ///
    /// - `body`: The request body (`application/json-patch+json`).
    pub fn patch_tenant_context(
        &self,
        body: models::JsonPatchOperation,
    ) -> PatchTenantContext {
        PatchTenantContext {
            client: self.client.clone(),
            body,
        }
    }
}
/// Request builder of [`TenantContextApi::get_tenant_context`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetTenantContext {
    client: crate::Client,
}
impl GetTenantContext {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = "/tenant-context".to_string();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(runtime::Method::GET, crate::BASE_PATH, path)
            .product(crate::PRODUCT);
        req = req.accept("application/json")?;
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<Vec<models::GetTenantContextResponseItem>>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    GetTenantContext, Vec < models::GetTenantContextResponseItem >, GetTenantContextError
);
/// The errors of [`GetTenantContext`]: [`crate::errors::Error400_401_403_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type GetTenantContextError = crate::errors::Error400_401_403_429_500;
/// Request builder of [`TenantContextApi::patch_tenant_context`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct PatchTenantContext {
    client: crate::Client,
    body: models::JsonPatchOperation,
}
impl PatchTenantContext {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = "/tenant-context".to_string();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(
                runtime::Method::PATCH,
                crate::BASE_PATH,
                path,
            )
            .product(crate::PRODUCT);
        {
            let body = &self.body;
            req = req.json_as("application/json-patch+json", body)?;
        }
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<Output = runtime::Result<()>> + Send + 'static {
        resp.empty()
    }
}
runtime::send_methods!(PatchTenantContext, (), PatchTenantContextError);
/// The errors of [`PatchTenantContext`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Bad request due to invalid input parameters.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type PatchTenantContextError = crate::errors::Error400_401_403_404_429_500;
