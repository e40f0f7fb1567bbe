//! Typed expectations of the operations tagged `Tenant`: `server.expect(mock::tenant::<operation>()...)`.
#[allow(unused_imports)]
use crate::{models, runtime};
/// The operation of [`get_tenant()`], as `Mock<GetTenant>`.
pub enum GetTenant {}
/// Expects [`TenantApi::get_tenant`](crate::apis::tenant::TenantApi::get_tenant): `GET /tenant`.
pub fn get_tenant() -> super::Mock<GetTenant> {
    super::Mock::new(runtime::Method::GET, "/tenant")
}
impl super::Mock<GetTenant> {
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::Tenant) -> Self {
        self.respond_json(200, body)
    }
    /// Answers `400` with `body` as JSON.
    pub fn respond_bad_request(self, body: &models::ErrorResponseDtoV3) -> Self {
        self.respond_json(400, body)
    }
    /// Answers `401` with `body` as JSON.
    pub fn respond_unauthorized(self, body: &models::UnauthorizedResponse) -> Self {
        self.respond_json(401, body)
    }
    /// Answers `403` with `body` as JSON.
    pub fn respond_forbidden(self, body: &models::ErrorResponseDtoV3) -> Self {
        self.respond_json(403, body)
    }
    /// Answers `404` with `body` as JSON.
    pub fn respond_not_found(self, body: &models::ErrorResponseDtoV3) -> Self {
        self.respond_json(404, body)
    }
    /// Answers `429` with `body` as JSON.
    pub fn respond_too_many_requests(
        self,
        body: &models::TooManyRequestsResponse,
    ) -> Self {
        self.respond_json(429, body)
    }
    /// Answers `500` with `body` as JSON.
    pub fn respond_internal_server_error(
        self,
        body: &models::ErrorResponseDtoV3,
    ) -> Self {
        self.respond_json(500, body)
    }
}
