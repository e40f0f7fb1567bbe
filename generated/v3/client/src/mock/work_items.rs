//! Typed expectations of the operations tagged `Work Items`: `server.expect(mock::work_items::<operation>()...)`.
#[allow(unused_imports)]
use crate::{models, runtime};
/// The operation of [`approve_approval_item()`], as `Mock<ApproveApprovalItem>`.
pub enum ApproveApprovalItem {}
/// Expects [`WorkItemsApi::approve_approval_item`](crate::apis::work_items::WorkItemsApi::approve_approval_item): `POST /work-items/{id}/approve/{approvalItemId}`.
pub fn approve_approval_item() -> super::Mock<ApproveApprovalItem> {
    super::Mock::new(runtime::Method::POST, "/work-items/{id}/approve/{approvalItemId}")
}
impl super::Mock<ApproveApprovalItem> {
    /// Requires path parameter `id` with `value`, encoded as the client does.
    pub fn id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("id", &value, false)
    }
    /// Requires path parameter `approvalItemId` with `value`, encoded as the client does.
    pub fn approval_item_id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("approvalItemId", &value, false)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::WorkItems) -> Self {
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
/// The operation of [`approve_approval_items_in_bulk()`], as `Mock<ApproveApprovalItemsInBulk>`.
pub enum ApproveApprovalItemsInBulk {}
/// Expects [`WorkItemsApi::approve_approval_items_in_bulk`](crate::apis::work_items::WorkItemsApi::approve_approval_items_in_bulk): `POST /work-items/bulk-approve/{id}`.
pub fn approve_approval_items_in_bulk() -> super::Mock<ApproveApprovalItemsInBulk> {
    super::Mock::new(runtime::Method::POST, "/work-items/bulk-approve/{id}")
}
impl super::Mock<ApproveApprovalItemsInBulk> {
    /// Requires path parameter `id` with `value`, encoded as the client does.
    pub fn id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("id", &value, false)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::WorkItems) -> Self {
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
/// The operation of [`complete_work_item()`], as `Mock<CompleteWorkItem>`.
pub enum CompleteWorkItem {}
/// Expects [`WorkItemsApi::complete_work_item`](crate::apis::work_items::WorkItemsApi::complete_work_item): `POST /work-items/{id}`.
pub fn complete_work_item() -> super::Mock<CompleteWorkItem> {
    super::Mock::new(runtime::Method::POST, "/work-items/{id}")
}
impl super::Mock<CompleteWorkItem> {
    /// Requires path parameter `id` with `value`, encoded as the client does.
    pub fn id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("id", &value, false)
    }
    /// Requires a JSON body equal to `value`.
    pub fn body(self, value: &Option<String>) -> Self {
        self.json_body(value)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::WorkItems) -> Self {
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
/// The operation of [`get_completed_work_items()`], as `Mock<GetCompletedWorkItems>`.
pub enum GetCompletedWorkItems {}
/// Expects [`WorkItemsApi::get_completed_work_items`](crate::apis::work_items::WorkItemsApi::get_completed_work_items): `GET /work-items/completed`.
pub fn get_completed_work_items() -> super::Mock<GetCompletedWorkItems> {
    super::Mock::new(runtime::Method::GET, "/work-items/completed")
}
impl super::Mock<GetCompletedWorkItems> {
    /// Requires query parameter `ownerId` with `value`, encoded as the client does.
    pub fn owner_id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.query_param("ownerId", &value, "form", true)
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
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &Vec<models::WorkItems>) -> Self {
        self.respond_json(200, body)
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
/// The operation of [`get_count_completed_work_items()`], as `Mock<GetCountCompletedWorkItems>`.
pub enum GetCountCompletedWorkItems {}
/// Expects [`WorkItemsApi::get_count_completed_work_items`](crate::apis::work_items::WorkItemsApi::get_count_completed_work_items): `GET /work-items/completed/count`.
pub fn get_count_completed_work_items() -> super::Mock<GetCountCompletedWorkItems> {
    super::Mock::new(runtime::Method::GET, "/work-items/completed/count")
}
impl super::Mock<GetCountCompletedWorkItems> {
    /// Requires query parameter `ownerId` with `value`, encoded as the client does.
    pub fn owner_id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.query_param("ownerId", &value, "form", true)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::WorkItemsCount) -> Self {
        self.respond_json(200, body)
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
/// The operation of [`get_count_work_items()`], as `Mock<GetCountWorkItems>`.
pub enum GetCountWorkItems {}
/// Expects [`WorkItemsApi::get_count_work_items`](crate::apis::work_items::WorkItemsApi::get_count_work_items): `GET /work-items/count`.
pub fn get_count_work_items() -> super::Mock<GetCountWorkItems> {
    super::Mock::new(runtime::Method::GET, "/work-items/count")
}
impl super::Mock<GetCountWorkItems> {
    /// Requires query parameter `ownerId` with `value`, encoded as the client does.
    pub fn owner_id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.query_param("ownerId", &value, "form", true)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::WorkItemsCount) -> Self {
        self.respond_json(200, body)
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
/// The operation of [`get_work_item()`], as `Mock<GetWorkItem>`.
pub enum GetWorkItem {}
/// Expects [`WorkItemsApi::get_work_item`](crate::apis::work_items::WorkItemsApi::get_work_item): `GET /work-items/{id}`.
pub fn get_work_item() -> super::Mock<GetWorkItem> {
    super::Mock::new(runtime::Method::GET, "/work-items/{id}")
}
impl super::Mock<GetWorkItem> {
    /// Requires path parameter `id` with `value`, encoded as the client does.
    pub fn id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("id", &value, false)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::WorkItems) -> Self {
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
/// The operation of [`get_work_items_summary()`], as `Mock<GetWorkItemsSummary>`.
pub enum GetWorkItemsSummary {}
/// Expects [`WorkItemsApi::get_work_items_summary`](crate::apis::work_items::WorkItemsApi::get_work_items_summary): `GET /work-items/summary`.
pub fn get_work_items_summary() -> super::Mock<GetWorkItemsSummary> {
    super::Mock::new(runtime::Method::GET, "/work-items/summary")
}
impl super::Mock<GetWorkItemsSummary> {
    /// Requires query parameter `ownerId` with `value`, encoded as the client does.
    pub fn owner_id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.query_param("ownerId", &value, "form", true)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::WorkItemsSummary) -> Self {
        self.respond_json(200, body)
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
/// The operation of [`list_work_items()`], as `Mock<ListWorkItems>`.
pub enum ListWorkItems {}
/// Expects [`WorkItemsApi::list_work_items`](crate::apis::work_items::WorkItemsApi::list_work_items): `GET /work-items`.
pub fn list_work_items() -> super::Mock<ListWorkItems> {
    super::Mock::new(runtime::Method::GET, "/work-items")
}
impl super::Mock<ListWorkItems> {
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
    /// Requires query parameter `ownerId` with `value`, encoded as the client does.
    pub fn owner_id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.query_param("ownerId", &value, "form", true)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &Vec<models::WorkItems>) -> Self {
        self.respond_json(200, body)
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
/// The operation of [`reject_approval_item()`], as `Mock<RejectApprovalItem>`.
pub enum RejectApprovalItem {}
/// Expects [`WorkItemsApi::reject_approval_item`](crate::apis::work_items::WorkItemsApi::reject_approval_item): `POST /work-items/{id}/reject/{approvalItemId}`.
pub fn reject_approval_item() -> super::Mock<RejectApprovalItem> {
    super::Mock::new(runtime::Method::POST, "/work-items/{id}/reject/{approvalItemId}")
}
impl super::Mock<RejectApprovalItem> {
    /// Requires path parameter `id` with `value`, encoded as the client does.
    pub fn id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("id", &value, false)
    }
    /// Requires path parameter `approvalItemId` with `value`, encoded as the client does.
    pub fn approval_item_id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("approvalItemId", &value, false)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::WorkItems) -> Self {
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
/// The operation of [`reject_approval_items_in_bulk()`], as `Mock<RejectApprovalItemsInBulk>`.
pub enum RejectApprovalItemsInBulk {}
/// Expects [`WorkItemsApi::reject_approval_items_in_bulk`](crate::apis::work_items::WorkItemsApi::reject_approval_items_in_bulk): `POST /work-items/bulk-reject/{id}`.
pub fn reject_approval_items_in_bulk() -> super::Mock<RejectApprovalItemsInBulk> {
    super::Mock::new(runtime::Method::POST, "/work-items/bulk-reject/{id}")
}
impl super::Mock<RejectApprovalItemsInBulk> {
    /// Requires path parameter `id` with `value`, encoded as the client does.
    pub fn id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("id", &value, false)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::WorkItems) -> Self {
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
/// The operation of [`send_work_item_forward()`], as `Mock<SendWorkItemForward>`.
pub enum SendWorkItemForward {}
/// Expects [`WorkItemsApi::send_work_item_forward`](crate::apis::work_items::WorkItemsApi::send_work_item_forward): `POST /work-items/{id}/forward`.
pub fn send_work_item_forward() -> super::Mock<SendWorkItemForward> {
    super::Mock::new(runtime::Method::POST, "/work-items/{id}/forward")
}
impl super::Mock<SendWorkItemForward> {
    /// Requires path parameter `id` with `value`, encoded as the client does.
    pub fn id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("id", &value, false)
    }
    /// Requires a JSON body equal to `value`.
    pub fn body(self, value: &models::WorkItemForward) -> Self {
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
    /// Answers `429` with `body` as JSON.
    pub fn respond_too_many_requests(self, body: &models::TooManyRequests) -> Self {
        self.respond_json(429, body)
    }
    /// Answers `500` with `body` as JSON.
    pub fn respond_internal_server_error(self, body: &models::ErrorResponseDto) -> Self {
        self.respond_json(500, body)
    }
}
/// The operation of [`submit_account_selection()`], as `Mock<SubmitAccountSelection>`.
pub enum SubmitAccountSelection {}
/// Expects [`WorkItemsApi::submit_account_selection`](crate::apis::work_items::WorkItemsApi::submit_account_selection): `POST /work-items/{id}/submit-account-selection`.
pub fn submit_account_selection() -> super::Mock<SubmitAccountSelection> {
    super::Mock::new(runtime::Method::POST, "/work-items/{id}/submit-account-selection")
}
impl super::Mock<SubmitAccountSelection> {
    /// Requires path parameter `id` with `value`, encoded as the client does.
    pub fn id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("id", &value, false)
    }
    /// Requires a JSON body equal to `value`.
    pub fn body(self, value: &models::serde_json::Value) -> Self {
        self.json_body(value)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::WorkItems) -> Self {
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
