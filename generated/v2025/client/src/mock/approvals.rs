//! Typed expectations of the operations tagged `Approvals`: `server.expect(mock::approvals::<operation>()...)`.
#[allow(unused_imports)]
use crate::{models, runtime};
/// The operation of [`approve_approval()`], as `Mock<ApproveApproval>`.
pub enum ApproveApproval {}
/// Expects [`ApprovalsApi::approve_approval`](crate::apis::approvals::ApprovalsApi::approve_approval): `POST /generic-approvals/{id}/approve`.
pub fn approve_approval() -> super::Mock<ApproveApproval> {
    super::Mock::new(runtime::Method::POST, "/generic-approvals/{id}/approve")
}
impl super::Mock<ApproveApproval> {
    /// Requires path parameter `id` with `value`, encoded as the client does.
    pub fn id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("id", &value, false)
    }
    /// Requires a JSON body equal to `value`.
    pub fn body(self, value: &models::ApprovalApproveRequest) -> Self {
        self.json_body(value)
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
/// The operation of [`approve_approval_in_bulk()`], as `Mock<ApproveApprovalInBulk>`.
pub enum ApproveApprovalInBulk {}
/// Expects [`ApprovalsApi::approve_approval_in_bulk`](crate::apis::approvals::ApprovalsApi::approve_approval_in_bulk): `POST /generic-approvals/bulk-approve`.
pub fn approve_approval_in_bulk() -> super::Mock<ApproveApprovalInBulk> {
    super::Mock::new(runtime::Method::POST, "/generic-approvals/bulk-approve")
}
impl super::Mock<ApproveApprovalInBulk> {
    /// Requires a JSON body equal to `value`.
    pub fn body(self, value: &models::BulkApproveRequestDto) -> Self {
        self.json_body(value)
    }
    /// Answers `202` with `body` as JSON.
    pub fn respond_accepted(self, body: &models::serde_json::Value) -> Self {
        self.respond_json(202, body)
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
/// The operation of [`cancel_approval()`], as `Mock<CancelApproval>`.
pub enum CancelApproval {}
/// Expects [`ApprovalsApi::cancel_approval`](crate::apis::approvals::ApprovalsApi::cancel_approval): `POST /generic-approvals/bulk-cancel`.
pub fn cancel_approval() -> super::Mock<CancelApproval> {
    super::Mock::new(runtime::Method::POST, "/generic-approvals/bulk-cancel")
}
impl super::Mock<CancelApproval> {
    /// Requires a JSON body equal to `value`.
    pub fn body(self, value: &models::BulkCancelRequestDto) -> Self {
        self.json_body(value)
    }
    /// Answers `202` with `body` as JSON.
    pub fn respond_accepted(self, body: &models::serde_json::Value) -> Self {
        self.respond_json(202, body)
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
/// The operation of [`delete_approval_config_request()`], as `Mock<DeleteApprovalConfigRequest>`.
pub enum DeleteApprovalConfigRequest {}
/// Expects [`ApprovalsApi::delete_approval_config_request`](crate::apis::approvals::ApprovalsApi::delete_approval_config_request): `DELETE /generic-approvals/config/{id}/{scope}`.
pub fn delete_approval_config_request() -> super::Mock<DeleteApprovalConfigRequest> {
    super::Mock::new(runtime::Method::DELETE, "/generic-approvals/config/{id}/{scope}")
}
impl super::Mock<DeleteApprovalConfigRequest> {
    /// Requires path parameter `id` with `value`, encoded as the client does.
    pub fn id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("id", &value, false)
    }
    /// Requires path parameter `scope` with `value`, encoded as the client does.
    pub fn scope(self, value: models::DeleteApprovalConfigRequestScope) -> Self {
        self.path_param("scope", &value, false)
    }
    /// Answers `204` with no body.
    pub fn respond_no_content(self) -> Self {
        self.respond_empty(204)
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
    /// Requires query parameter `requesteeId` with `value`, encoded as the client does.
    pub fn requestee_id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.query_param("requesteeId", &value, "form", true)
    }
    /// Requires query parameter `approverId` with `value`, encoded as the client does.
    pub fn approver_id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.query_param("approverId", &value, "form", true)
    }
    /// Requires query parameter `count` with `value`, encoded as the client does.
    pub fn count(self, value: bool) -> Self {
        self.query_param("count", &value, "form", true)
    }
    /// Requires query parameter `count-only` with `value`, encoded as the client does.
    pub fn count_only(self, value: bool) -> Self {
        self.query_param("count-only", &value, "form", true)
    }
    /// Requires query parameter `include-comments` with `value`, encoded as the client does.
    pub fn include_comments(self, value: bool) -> Self {
        self.query_param("include-comments", &value, "form", true)
    }
    /// Requires query parameter `include-approvers` with `value`, encoded as the client does.
    pub fn include_approvers(self, value: bool) -> Self {
        self.query_param("include-approvers", &value, "form", true)
    }
    /// Requires query parameter `include-reassignment-history` with `value`, encoded as the client does.
    pub fn include_reassignment_history(self, value: bool) -> Self {
        self.query_param("include-reassignment-history", &value, "form", true)
    }
    /// Requires query parameter `include-batch-info` with `value`, encoded as the client does.
    pub fn include_batch_info(self, value: bool) -> Self {
        self.query_param("include-batch-info", &value, "form", true)
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
/// The operation of [`get_approvals_config()`], as `Mock<GetApprovalsConfig>`.
pub enum GetApprovalsConfig {}
/// Expects [`ApprovalsApi::get_approvals_config`](crate::apis::approvals::ApprovalsApi::get_approvals_config): `GET /generic-approvals/config/{id}`.
pub fn get_approvals_config() -> super::Mock<GetApprovalsConfig> {
    super::Mock::new(runtime::Method::GET, "/generic-approvals/config/{id}")
}
impl super::Mock<GetApprovalsConfig> {
    /// Requires path parameter `id` with `value`, encoded as the client does.
    pub fn id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("id", &value, false)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::ApprovalConfig) -> Self {
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
/// The operation of [`move_approval()`], as `Mock<MoveApproval>`.
pub enum MoveApproval {}
/// Expects [`ApprovalsApi::move_approval`](crate::apis::approvals::ApprovalsApi::move_approval): `POST /generic-approvals/bulk-reassign`.
pub fn move_approval() -> super::Mock<MoveApproval> {
    super::Mock::new(runtime::Method::POST, "/generic-approvals/bulk-reassign")
}
impl super::Mock<MoveApproval> {
    /// Requires a JSON body equal to `value`.
    pub fn body(self, value: &models::BulkReassignRequestDto) -> Self {
        self.json_body(value)
    }
    /// Answers `202` with `body` as JSON.
    pub fn respond_accepted(self, body: &models::serde_json::Value) -> Self {
        self.respond_json(202, body)
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
/// The operation of [`put_approvals_config()`], as `Mock<PutApprovalsConfig>`.
pub enum PutApprovalsConfig {}
/// Expects [`ApprovalsApi::put_approvals_config`](crate::apis::approvals::ApprovalsApi::put_approvals_config): `PUT /generic-approvals/config/{id}/{scope}`.
pub fn put_approvals_config() -> super::Mock<PutApprovalsConfig> {
    super::Mock::new(runtime::Method::PUT, "/generic-approvals/config/{id}/{scope}")
}
impl super::Mock<PutApprovalsConfig> {
    /// Requires path parameter `id` with `value`, encoded as the client does.
    pub fn id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("id", &value, false)
    }
    /// Requires path parameter `scope` with `value`, encoded as the client does.
    pub fn scope(self, value: models::PutApprovalsConfigScope) -> Self {
        self.path_param("scope", &value, false)
    }
    /// Requires a JSON body equal to `value`.
    pub fn body(self, value: &models::ApprovalConfig) -> Self {
        self.json_body(value)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::ApprovalConfig) -> Self {
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
/// The operation of [`reject_approval()`], as `Mock<RejectApproval>`.
pub enum RejectApproval {}
/// Expects [`ApprovalsApi::reject_approval`](crate::apis::approvals::ApprovalsApi::reject_approval): `POST /generic-approvals/{id}/reject`.
pub fn reject_approval() -> super::Mock<RejectApproval> {
    super::Mock::new(runtime::Method::POST, "/generic-approvals/{id}/reject")
}
impl super::Mock<RejectApproval> {
    /// Requires path parameter `id` with `value`, encoded as the client does.
    pub fn id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("id", &value, false)
    }
    /// Requires a JSON body equal to `value`.
    pub fn body(self, value: &models::ApprovalRejectRequest) -> Self {
        self.json_body(value)
    }
    /// Answers `204` with no body.
    pub fn respond_no_content(self) -> Self {
        self.respond_empty(204)
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
/// The operation of [`reject_approval_in_bulk()`], as `Mock<RejectApprovalInBulk>`.
pub enum RejectApprovalInBulk {}
/// Expects [`ApprovalsApi::reject_approval_in_bulk`](crate::apis::approvals::ApprovalsApi::reject_approval_in_bulk): `POST /generic-approvals/bulk-reject`.
pub fn reject_approval_in_bulk() -> super::Mock<RejectApprovalInBulk> {
    super::Mock::new(runtime::Method::POST, "/generic-approvals/bulk-reject")
}
impl super::Mock<RejectApprovalInBulk> {
    /// Requires a JSON body equal to `value`.
    pub fn body(self, value: &models::BulkRejectRequestDto) -> Self {
        self.json_body(value)
    }
    /// Answers `202` with `body` as JSON.
    pub fn respond_accepted(self, body: &models::serde_json::Value) -> Self {
        self.respond_json(202, body)
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
/// The operation of [`update_approvals_attributes()`], as `Mock<UpdateApprovalsAttributes>`.
pub enum UpdateApprovalsAttributes {}
/// Expects [`ApprovalsApi::update_approvals_attributes`](crate::apis::approvals::ApprovalsApi::update_approvals_attributes): `POST /generic-approvals/{id}/attributes`.
pub fn update_approvals_attributes() -> super::Mock<UpdateApprovalsAttributes> {
    super::Mock::new(runtime::Method::POST, "/generic-approvals/{id}/attributes")
}
impl super::Mock<UpdateApprovalsAttributes> {
    /// Requires path parameter `id` with `value`, encoded as the client does.
    pub fn id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("id", &value, false)
    }
    /// Requires a JSON body equal to `value`.
    pub fn body(self, value: &models::ApprovalAttributesRequest) -> Self {
        self.json_body(value)
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
/// The operation of [`update_approvals_comments()`], as `Mock<UpdateApprovalsComments>`.
pub enum UpdateApprovalsComments {}
/// Expects [`ApprovalsApi::update_approvals_comments`](crate::apis::approvals::ApprovalsApi::update_approvals_comments): `POST /generic-approvals/{id}/comments`.
pub fn update_approvals_comments() -> super::Mock<UpdateApprovalsComments> {
    super::Mock::new(runtime::Method::POST, "/generic-approvals/{id}/comments")
}
impl super::Mock<UpdateApprovalsComments> {
    /// Requires path parameter `id` with `value`, encoded as the client does.
    pub fn id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("id", &value, false)
    }
    /// Requires a JSON body equal to `value`.
    pub fn body(self, value: &models::ApprovalCommentsRequest) -> Self {
        self.json_body(value)
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
/// The operation of [`update_approvals_reassign()`], as `Mock<UpdateApprovalsReassign>`.
pub enum UpdateApprovalsReassign {}
/// Expects [`ApprovalsApi::update_approvals_reassign`](crate::apis::approvals::ApprovalsApi::update_approvals_reassign): `POST /generic-approvals/{id}/reassign`.
pub fn update_approvals_reassign() -> super::Mock<UpdateApprovalsReassign> {
    super::Mock::new(runtime::Method::POST, "/generic-approvals/{id}/reassign")
}
impl super::Mock<UpdateApprovalsReassign> {
    /// Requires path parameter `id` with `value`, encoded as the client does.
    pub fn id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("id", &value, false)
    }
    /// Requires a JSON body equal to `value`.
    pub fn body(self, value: &models::ApprovalReassignRequest) -> Self {
        self.json_body(value)
    }
    /// Answers `204` with no body.
    pub fn respond_no_content(self) -> Self {
        self.respond_empty(204)
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
