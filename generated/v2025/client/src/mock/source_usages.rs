//! Typed expectations of the operations tagged `Source Usages`: `server.expect(mock::source_usages::<operation>()...)`.
#[allow(unused_imports)]
use crate::{models, runtime};
/// The operation of [`get_status_by_source_id()`], as `Mock<GetStatusBySourceId>`.
pub enum GetStatusBySourceId {}
/// Expects [`SourceUsagesApi::get_status_by_source_id`](crate::apis::source_usages::SourceUsagesApi::get_status_by_source_id): `GET /source-usages/{sourceId}/status`.
pub fn get_status_by_source_id() -> super::Mock<GetStatusBySourceId> {
    super::Mock::new(runtime::Method::GET, "/source-usages/{sourceId}/status")
}
impl super::Mock<GetStatusBySourceId> {
    /// Requires path parameter `sourceId` with `value`, encoded as the client does.
    pub fn source_id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("sourceId", &value, false)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::SourceUsageStatus) -> Self {
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
/// The operation of [`get_usages_by_source_id()`], as `Mock<GetUsagesBySourceId>`.
pub enum GetUsagesBySourceId {}
/// Expects [`SourceUsagesApi::get_usages_by_source_id`](crate::apis::source_usages::SourceUsagesApi::get_usages_by_source_id): `GET /source-usages/{sourceId}/summaries`.
pub fn get_usages_by_source_id() -> super::Mock<GetUsagesBySourceId> {
    super::Mock::new(runtime::Method::GET, "/source-usages/{sourceId}/summaries")
}
impl super::Mock<GetUsagesBySourceId> {
    /// Requires path parameter `sourceId` with `value`, encoded as the client does.
    pub fn source_id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("sourceId", &value, false)
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
    /// Requires query parameter `sorters` with `value`, encoded as the client does.
    pub fn sorters(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.query_param("sorters", &value, "form", true)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &Vec<models::SourceUsage>) -> Self {
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
