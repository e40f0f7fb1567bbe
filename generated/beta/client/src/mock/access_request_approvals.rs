//! Typed expectations of the operations tagged `Access Request Approvals`: `server.expect(mock::access_request_approvals::<operation>()...)`.
#[allow(unused_imports)]
use crate::{models, runtime};
/// The operation of [`approve_access_request()`], as `Mock<ApproveAccessRequest>`.
pub enum ApproveAccessRequest {}
/// Expects [`AccessRequestApprovalsApi::approve_access_request`](crate::apis::access_request_approvals::AccessRequestApprovalsApi::approve_access_request): `POST /access-request-approvals/{approvalId}/approve`.
pub fn approve_access_request() -> super::Mock<ApproveAccessRequest> {
    super::Mock::new(
        runtime::Method::POST,
        "/access-request-approvals/{approvalId}/approve",
    )
}
impl super::Mock<ApproveAccessRequest> {
    /// Requires path parameter `approvalId` with `value`, encoded as the client does.
    pub fn approval_id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("approvalId", &value, false)
    }
    /// Requires a JSON body equal to `value`.
    pub fn body(self, value: &models::CommentDto) -> Self {
        self.json_body(value)
    }
    /// Answers `202` with `body` as JSON.
    pub fn respond_accepted(self, body: &models::serde_json::Value) -> Self {
        self.respond_json(202, body)
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
/// The operation of [`forward_access_request()`], as `Mock<ForwardAccessRequest>`.
pub enum ForwardAccessRequest {}
/// Expects [`AccessRequestApprovalsApi::forward_access_request`](crate::apis::access_request_approvals::AccessRequestApprovalsApi::forward_access_request): `POST /access-request-approvals/{approvalId}/forward`.
pub fn forward_access_request() -> super::Mock<ForwardAccessRequest> {
    super::Mock::new(
        runtime::Method::POST,
        "/access-request-approvals/{approvalId}/forward",
    )
}
impl super::Mock<ForwardAccessRequest> {
    /// Requires path parameter `approvalId` with `value`, encoded as the client does.
    pub fn approval_id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("approvalId", &value, false)
    }
    /// Requires a JSON body equal to `value`.
    pub fn body(self, value: &models::ForwardApprovalDto) -> Self {
        self.json_body(value)
    }
    /// Answers `202` with `body` as JSON.
    pub fn respond_accepted(self, body: &models::serde_json::Value) -> Self {
        self.respond_json(202, body)
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
/// The operation of [`get_access_request_approval_summary()`], as `Mock<GetAccessRequestApprovalSummary>`.
pub enum GetAccessRequestApprovalSummary {}
/// Expects [`AccessRequestApprovalsApi::get_access_request_approval_summary`](crate::apis::access_request_approvals::AccessRequestApprovalsApi::get_access_request_approval_summary): `GET /access-request-approvals/approval-summary`.
pub fn get_access_request_approval_summary() -> super::Mock<
    GetAccessRequestApprovalSummary,
> {
    super::Mock::new(runtime::Method::GET, "/access-request-approvals/approval-summary")
}
impl super::Mock<GetAccessRequestApprovalSummary> {
    /// Requires query parameter `owner-id` with `value`, encoded as the client does.
    pub fn owner_id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.query_param("owner-id", &value, "form", true)
    }
    /// Requires query parameter `from-date` with `value`, encoded as the client does.
    pub fn from_date(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.query_param("from-date", &value, "form", true)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::ApprovalSummary) -> Self {
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
/// The operation of [`list_completed_approvals()`], as `Mock<ListCompletedApprovals>`.
pub enum ListCompletedApprovals {}
/// Expects [`AccessRequestApprovalsApi::list_completed_approvals`](crate::apis::access_request_approvals::AccessRequestApprovalsApi::list_completed_approvals): `GET /access-request-approvals/completed`.
pub fn list_completed_approvals() -> super::Mock<ListCompletedApprovals> {
    super::Mock::new(runtime::Method::GET, "/access-request-approvals/completed")
}
impl super::Mock<ListCompletedApprovals> {
    /// Requires query parameter `owner-id` with `value`, encoded as the client does.
    pub fn owner_id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.query_param("owner-id", &value, "form", true)
    }
    /// Requires query parameter `limit` with `value`, encoded as the client does.
    pub fn limit(self, value: i32) -> Self {
        self.query_param("limit", &value, "form", true)
    }
    /// Requires query parameter `offset` with `value`, encoded as the client does.
    pub fn offset(self, value: i32) -> Self {
        self.query_param("offset", &value, "form", true)
    }
    /// Requires query parameter `count` with `value`, encoded as the client does.
    pub fn count(self, value: bool) -> Self {
        self.query_param("count", &value, "form", true)
    }
    /// Requires query parameter `filters` with `value`, encoded as the client does.
    pub fn filters(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.query_param("filters", &value, "form", true)
    }
    /// Requires query parameter `sorters` with `value`, encoded as the client does.
    pub fn sorters(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.query_param("sorters", &value, "form", true)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &Vec<models::CompletedApproval>) -> Self {
        self.respond_json(200, body)
    }
    /// Answers `401` with `body` as JSON.
    pub fn respond_unauthorized(self, body: &models::UnauthorizedResponse) -> Self {
        self.respond_json(401, body)
    }
    /// Answers `403` with `body` as JSON.
    pub fn respond_forbidden(self, body: &models::ErrorResponseDtoV3) -> Self {
        self.respond_json(403, body)
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
/// The operation of [`list_pending_approvals()`], as `Mock<ListPendingApprovals>`.
pub enum ListPendingApprovals {}
/// Expects [`AccessRequestApprovalsApi::list_pending_approvals`](crate::apis::access_request_approvals::AccessRequestApprovalsApi::list_pending_approvals): `GET /access-request-approvals/pending`.
pub fn list_pending_approvals() -> super::Mock<ListPendingApprovals> {
    super::Mock::new(runtime::Method::GET, "/access-request-approvals/pending")
}
impl super::Mock<ListPendingApprovals> {
    /// Requires query parameter `owner-id` with `value`, encoded as the client does.
    pub fn owner_id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.query_param("owner-id", &value, "form", true)
    }
    /// Requires query parameter `limit` with `value`, encoded as the client does.
    pub fn limit(self, value: i32) -> Self {
        self.query_param("limit", &value, "form", true)
    }
    /// Requires query parameter `offset` with `value`, encoded as the client does.
    pub fn offset(self, value: i32) -> Self {
        self.query_param("offset", &value, "form", true)
    }
    /// Requires query parameter `count` with `value`, encoded as the client does.
    pub fn count(self, value: bool) -> Self {
        self.query_param("count", &value, "form", true)
    }
    /// Requires query parameter `filters` with `value`, encoded as the client does.
    pub fn filters(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.query_param("filters", &value, "form", true)
    }
    /// Requires query parameter `sorters` with `value`, encoded as the client does.
    pub fn sorters(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.query_param("sorters", &value, "form", true)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &Vec<models::PendingApproval>) -> Self {
        self.respond_json(200, body)
    }
    /// Answers `401` with `body` as JSON.
    pub fn respond_unauthorized(self, body: &models::UnauthorizedResponse) -> Self {
        self.respond_json(401, body)
    }
    /// Answers `403` with `body` as JSON.
    pub fn respond_forbidden(self, body: &models::ErrorResponseDtoV3) -> Self {
        self.respond_json(403, body)
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
/// The operation of [`reject_access_request()`], as `Mock<RejectAccessRequest>`.
pub enum RejectAccessRequest {}
/// Expects [`AccessRequestApprovalsApi::reject_access_request`](crate::apis::access_request_approvals::AccessRequestApprovalsApi::reject_access_request): `POST /access-request-approvals/{approvalId}/reject`.
pub fn reject_access_request() -> super::Mock<RejectAccessRequest> {
    super::Mock::new(
        runtime::Method::POST,
        "/access-request-approvals/{approvalId}/reject",
    )
}
impl super::Mock<RejectAccessRequest> {
    /// Requires path parameter `approvalId` with `value`, encoded as the client does.
    pub fn approval_id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("approvalId", &value, false)
    }
    /// Requires a JSON body equal to `value`.
    pub fn body(self, value: &models::CommentDto) -> Self {
        self.json_body(value)
    }
    /// Answers `202` with `body` as JSON.
    pub fn respond_accepted(self, body: &models::serde_json::Value) -> Self {
        self.respond_json(202, body)
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
