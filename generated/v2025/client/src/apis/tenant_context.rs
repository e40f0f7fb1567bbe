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
    async fn decode(
        resp: runtime::Response,
    ) -> runtime::Result<Vec<models::GetTenantContextResponseItem>> {
        resp.json().await
    }
    async fn decode_error(resp: runtime::Response) -> runtime::Error {
        match resp.status().as_u16() {
            400 | 403 | 500 => resp.error::<models::ErrorResponseDto>().await,
            401 => resp.error::<models::ListAccessProfilesResponse401>().await,
            429 => resp.error::<models::ListAccessProfilesResponse429>().await,
            _ => resp.error_untyped().await,
        }
    }
}
runtime::send_methods!(GetTenantContext, Vec < models::GetTenantContextResponseItem >);
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
    async fn decode(resp: runtime::Response) -> runtime::Result<()> {
        resp.empty().await
    }
    async fn decode_error(resp: runtime::Response) -> runtime::Error {
        match resp.status().as_u16() {
            400 | 403 | 404 | 500 => resp.error::<models::ErrorResponseDto>().await,
            401 => resp.error::<models::ListAccessProfilesResponse401>().await,
            429 => resp.error::<models::ListAccessProfilesResponse429>().await,
            _ => resp.error_untyped().await,
        }
    }
}
runtime::send_methods!(PatchTenantContext, ());
