//! Typed expectations of the operations tagged `Suggested Entitlement Description`: `server.expect(mock::suggested_entitlement_description::<operation>()...)`.
#[allow(unused_imports)]
use crate::{models, runtime};
/// The operation of [`get_sed_batch_stats()`], as `Mock<GetSedBatchStats>`.
pub enum GetSedBatchStats {}
/// Expects [`SuggestedEntitlementDescriptionApi::get_sed_batch_stats`](crate::apis::suggested_entitlement_description::SuggestedEntitlementDescriptionApi::get_sed_batch_stats): `GET /suggested-entitlement-description-batches/{batchId}/stats`.
pub fn get_sed_batch_stats() -> super::Mock<GetSedBatchStats> {
    super::Mock::new(
        runtime::Method::GET,
        "/suggested-entitlement-description-batches/{batchId}/stats",
    )
}
impl super::Mock<GetSedBatchStats> {
    /// Requires path parameter `batchId` with `value`, encoded as the client does.
    pub fn batch_id(self, value: String) -> Self {
        self.path_param("batchId", &value, false)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::SedBatchStats) -> Self {
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
/// The operation of [`get_sed_batches()`], as `Mock<GetSedBatches>`.
pub enum GetSedBatches {}
/// Expects [`SuggestedEntitlementDescriptionApi::get_sed_batches`](crate::apis::suggested_entitlement_description::SuggestedEntitlementDescriptionApi::get_sed_batches): `GET /suggested-entitlement-description-batches`.
pub fn get_sed_batches() -> super::Mock<GetSedBatches> {
    super::Mock::new(runtime::Method::GET, "/suggested-entitlement-description-batches")
}
impl super::Mock<GetSedBatches> {
    /// Requires query parameter `offset` with `value`, encoded as the client does.
    pub fn offset(self, value: i64) -> Self {
        self.query_param("offset", &value, "form", true)
    }
    /// Requires query parameter `limit` with `value`, encoded as the client does.
    pub fn limit(self, value: i64) -> Self {
        self.query_param("limit", &value, "form", true)
    }
    /// Requires query parameter `count` with `value`, encoded as the client does.
    pub fn count(self, value: bool) -> Self {
        self.query_param("count", &value, "form", true)
    }
    /// Requires query parameter `count-only` with `value`, encoded as the client does.
    pub fn count_only(self, value: bool) -> Self {
        self.query_param("count-only", &value, "form", true)
    }
    /// Requires query parameter `status` with `value`, encoded as the client does.
    pub fn status(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.query_param("status", &value, "form", true)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &Vec<models::SedBatchRecord>) -> Self {
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
/// The operation of [`list_seds()`], as `Mock<ListSeds>`.
pub enum ListSeds {}
/// Expects [`SuggestedEntitlementDescriptionApi::list_seds`](crate::apis::suggested_entitlement_description::SuggestedEntitlementDescriptionApi::list_seds): `GET /suggested-entitlement-descriptions`.
pub fn list_seds() -> super::Mock<ListSeds> {
    super::Mock::new(runtime::Method::GET, "/suggested-entitlement-descriptions")
}
impl super::Mock<ListSeds> {
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
    /// Requires query parameter `count-only` with `value`, encoded as the client does.
    pub fn count_only(self, value: bool) -> Self {
        self.query_param("count-only", &value, "form", true)
    }
    /// Requires query parameter `requested-by-anyone` with `value`, encoded as the client does.
    pub fn requested_by_anyone(self, value: bool) -> Self {
        self.query_param("requested-by-anyone", &value, "form", true)
    }
    /// Requires query parameter `show-pending-status-only` with `value`, encoded as the client does.
    pub fn show_pending_status_only(self, value: bool) -> Self {
        self.query_param("show-pending-status-only", &value, "form", true)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &Vec<models::Sed>) -> Self {
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
/// The operation of [`patch_sed()`], as `Mock<PatchSed>`.
pub enum PatchSed {}
/// Expects [`SuggestedEntitlementDescriptionApi::patch_sed`](crate::apis::suggested_entitlement_description::SuggestedEntitlementDescriptionApi::patch_sed): `PATCH /suggested-entitlement-descriptions`.
pub fn patch_sed() -> super::Mock<PatchSed> {
    super::Mock::new(runtime::Method::PATCH, "/suggested-entitlement-descriptions")
}
impl super::Mock<PatchSed> {
    /// Requires a JSON body equal to `value`.
    pub fn body(self, value: &Vec<models::SedPatch>) -> Self {
        self.json_body(value)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::Sed) -> Self {
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
/// The operation of [`submit_sed_approval()`], as `Mock<SubmitSedApproval>`.
pub enum SubmitSedApproval {}
/// Expects [`SuggestedEntitlementDescriptionApi::submit_sed_approval`](crate::apis::suggested_entitlement_description::SuggestedEntitlementDescriptionApi::submit_sed_approval): `POST /suggested-entitlement-description-approvals`.
pub fn submit_sed_approval() -> super::Mock<SubmitSedApproval> {
    super::Mock::new(
        runtime::Method::POST,
        "/suggested-entitlement-description-approvals",
    )
}
impl super::Mock<SubmitSedApproval> {
    /// Requires a JSON body equal to `value`.
    pub fn body(self, value: &Vec<models::SedApproval>) -> Self {
        self.json_body(value)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &Vec<models::SedApprovalStatus>) -> Self {
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
/// The operation of [`submit_sed_assignment()`], as `Mock<SubmitSedAssignment>`.
pub enum SubmitSedAssignment {}
/// Expects [`SuggestedEntitlementDescriptionApi::submit_sed_assignment`](crate::apis::suggested_entitlement_description::SuggestedEntitlementDescriptionApi::submit_sed_assignment): `POST /suggested-entitlement-description-assignments`.
pub fn submit_sed_assignment() -> super::Mock<SubmitSedAssignment> {
    super::Mock::new(
        runtime::Method::POST,
        "/suggested-entitlement-description-assignments",
    )
}
impl super::Mock<SubmitSedAssignment> {
    /// Requires a JSON body equal to `value`.
    pub fn body(self, value: &models::SedAssignment) -> Self {
        self.json_body(value)
    }
    /// Answers `202` with `body` as JSON.
    pub fn respond_accepted(self, body: &models::SedAssignmentResponse) -> Self {
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
/// The operation of [`submit_sed_batch_request()`], as `Mock<SubmitSedBatchRequest>`.
pub enum SubmitSedBatchRequest {}
/// Expects [`SuggestedEntitlementDescriptionApi::submit_sed_batch_request`](crate::apis::suggested_entitlement_description::SuggestedEntitlementDescriptionApi::submit_sed_batch_request): `POST /suggested-entitlement-description-batches`.
pub fn submit_sed_batch_request() -> super::Mock<SubmitSedBatchRequest> {
    super::Mock::new(runtime::Method::POST, "/suggested-entitlement-description-batches")
}
impl super::Mock<SubmitSedBatchRequest> {
    /// Requires a JSON body equal to `value`.
    pub fn body(self, value: &models::SedBatchRequest) -> Self {
        self.json_body(value)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::SedBatchResponse) -> Self {
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
