//! Typed expectations of the operations tagged `Approvals`: `server.expect(mock::approvals::<operation>()...)`.
#[allow(unused_imports)]
use crate::{models, runtime};
/// The operation of [`get_approval()`], as `Mock<GetApproval>`.
pub enum GetApproval {}
/// Expects [`ApprovalsApi::get_approval`](crate::apis::approvals::ApprovalsApi::get_approval): `GET /generic-approvals/{id}`.
pub fn get_approval() -> super::Mock<GetApproval> {
    super::Mock::new(runtime::Method::GET, "/generic-approvals/{id}")
}
impl super::Mock<GetApproval> {
    /// Requires path parameter `id` with `value`, encoded as the client does.
    pub fn id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("id", &value, false)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::Approval) -> Self {
        self.respond_json(200, body)
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
/// The operation of [`get_approvals()`], as `Mock<GetApprovals>`.
pub enum GetApprovals {}
/// Expects [`ApprovalsApi::get_approvals`](crate::apis::approvals::ApprovalsApi::get_approvals): `GET /generic-approvals`.
pub fn get_approvals() -> super::Mock<GetApprovals> {
    super::Mock::new(runtime::Method::GET, "/generic-approvals")
}
impl super::Mock<GetApprovals> {
    /// Requires query parameter `mine` with `value`, encoded as the client does.
    pub fn mine(self, value: bool) -> Self {
        self.query_param("mine", &value, "form", true)
    }
    /// Requires query parameter `requesterId` with `value`, encoded as the client does.
    pub fn requester_id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.query_param("requesterId", &value, "form", true)
    }
    /// Requires query parameter `filters` with `value`, encoded as the client does.
    pub fn filters(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.query_param("filters", &value, "form", true)
    }
    /// Requires query parameter `limit` with `value`, encoded as the client does.
    pub fn limit(self, value: i32) -> Self {
        self.query_param("limit", &value, "form", true)
    }
    /// Requires query parameter `offset` with `value`, encoded as the client does.
    pub fn offset(self, value: i32) -> Self {
        self.query_param("offset", &value, "form", true)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &Vec<models::Approval>) -> Self {
        self.respond_json(200, body)
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
