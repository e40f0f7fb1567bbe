//! Typed expectations of the operations tagged `Tenant Context`: `server.expect(mock::tenant_context::<operation>()...)`.
#[allow(unused_imports)]
use crate::{models, runtime};
/// The operation of [`get_tenant_context()`], as `Mock<GetTenantContext>`.
pub enum GetTenantContext {}
/// Expects [`TenantContextApi::get_tenant_context`](crate::apis::tenant_context::TenantContextApi::get_tenant_context): `GET /tenant-context`.
pub fn get_tenant_context() -> super::Mock<GetTenantContext> {
    super::Mock::new(runtime::Method::GET, "/tenant-context")
}
impl super::Mock<GetTenantContext> {
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &Vec<models::GetTenantContextResponseItem>) -> Self {
        self.respond_json(200, body)
    }
    /// Answers `200` with the spec's example.
    pub fn respond_ok_example(self) -> Self {
        self.respond_json_text(
            200,
            "[{\"key\":\"IAS\",\"value\":\"International Accounting Standards\"}]",
        )
    }
    /// Answers `400` with `body` as JSON.
    pub fn respond_bad_request(self, body: &models::ErrorResponseDto) -> Self {
        self.respond_json(400, body)
    }
    /// Answers `401` with `body` as JSON.
    pub fn respond_unauthorized(self, body: &models::Unauthorized) -> Self {
        self.respond_json(401, body)
    }
    /// Answers `403` with `body` as JSON.
    pub fn respond_forbidden(self, body: &models::ErrorResponseDto) -> Self {
        self.respond_json(403, body)
    }
    /// Answers `429` with `body` as JSON.
    pub fn respond_too_many_requests(self, body: &models::TooManyRequests) -> Self {
        self.respond_json(429, body)
    }
    /// Answers `500` with `body` as JSON.
    pub fn respond_internal_server_error(self, body: &models::ErrorResponseDto) -> Self {
        self.respond_json(500, body)
    }
}
/// The operation of [`patch_tenant_context()`], as `Mock<PatchTenantContext>`.
pub enum PatchTenantContext {}
/// Expects [`TenantContextApi::patch_tenant_context`](crate::apis::tenant_context::TenantContextApi::patch_tenant_context): `PATCH /tenant-context`.
pub fn patch_tenant_context() -> super::Mock<PatchTenantContext> {
    super::Mock::new(runtime::Method::PATCH, "/tenant-context")
}
impl super::Mock<PatchTenantContext> {
    /// Requires a JSON body equal to `value`.
    pub fn body(self, value: &models::JsonPatchOperation) -> Self {
        self.json_body(value)
    }
    /// Answers `200` with no body.
    pub fn respond_ok(self) -> Self {
        self.respond_empty(200)
    }
    /// Answers `400` with `body` as JSON.
    pub fn respond_bad_request(self, body: &models::ErrorResponseDto) -> Self {
        self.respond_json(400, body)
    }
    /// Answers `401` with `body` as JSON.
    pub fn respond_unauthorized(self, body: &models::Unauthorized) -> Self {
        self.respond_json(401, body)
    }
    /// Answers `403` with `body` as JSON.
    pub fn respond_forbidden(self, body: &models::ErrorResponseDto) -> Self {
        self.respond_json(403, body)
    }
    /// Answers `404` with `body` as JSON.
    pub fn respond_not_found(self, body: &models::ErrorResponseDto) -> Self {
        self.respond_json(404, body)
    }
    /// Answers `429` with `body` as JSON.
    pub fn respond_too_many_requests(self, body: &models::TooManyRequests) -> Self {
        self.respond_json(429, body)
    }
    /// Answers `500` with `body` as JSON.
    pub fn respond_internal_server_error(self, body: &models::ErrorResponseDto) -> Self {
        self.respond_json(500, body)
    }
}
