//! Typed expectations of the operations tagged `Requestable Objects`: `server.expect(mock::requestable_objects::<operation>()...)`.
#[allow(unused_imports)]
use crate::{models, runtime};
/// The operation of [`list_requestable_objects()`], as `Mock<ListRequestableObjects>`.
pub enum ListRequestableObjects {}
/// Expects [`RequestableObjectsApi::list_requestable_objects`](crate::apis::requestable_objects::RequestableObjectsApi::list_requestable_objects): `GET /requestable-objects`.
pub fn list_requestable_objects() -> super::Mock<ListRequestableObjects> {
    super::Mock::new(runtime::Method::GET, "/requestable-objects")
}
impl super::Mock<ListRequestableObjects> {
    /// Requires query parameter `identity-id` with `value`, encoded as the client does.
    pub fn identity_id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.query_param("identity-id", &value, "form", true)
    }
    /// Requires query parameter `types` with `value`, encoded as the client does.
    pub fn types(self, value: Vec<models::ListRequestableObjectsTypesItem>) -> Self {
        self.query_param("types", &value, "form", false)
    }
    /// Requires query parameter `term` with `value`, encoded as the client does.
    pub fn term(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.query_param("term", &value, "form", true)
    }
    /// Requires query parameter `statuses` with `value`, encoded as the client does.
    pub fn statuses(
        self,
        value: Vec<Option<models::RequestableObjectRequestStatus>>,
    ) -> Self {
        self.query_param("statuses", &value, "form", false)
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
    pub fn respond_ok(self, body: &Vec<models::RequestableObject>) -> Self {
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
