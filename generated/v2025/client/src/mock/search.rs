//! Typed expectations of the operations tagged `Search`: `server.expect(mock::search::<operation>()...)`.
#[allow(unused_imports)]
use crate::{models, runtime};
/// The operation of [`search_aggregate()`], as `Mock<SearchAggregate>`.
pub enum SearchAggregate {}
/// Expects [`SearchApi::search_aggregate`](crate::apis::search::SearchApi::search_aggregate): `POST /search/aggregate`.
pub fn search_aggregate() -> super::Mock<SearchAggregate> {
    super::Mock::new(runtime::Method::POST, "/search/aggregate")
}
impl super::Mock<SearchAggregate> {
    /// Requires query parameter `offset` with `value`, encoded as the client does.
    pub fn offset(self, value: i32) -> Self {
        self.query_param("offset", &value, "form", true)
    }
    /// Requires query parameter `limit` with `value`, encoded as the client does.
    pub fn limit(self, value: i32) -> Self {
        self.query_param("limit", &value, "form", true)
    }
    /// Requires query parameter `count` with `value`, encoded as the client does.
    pub fn count(self, value: bool) -> Self {
        self.query_param("count", &value, "form", true)
    }
    /// Requires a JSON body equal to `value`.
    pub fn body(self, value: &models::Search) -> Self {
        self.json_body(value)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::AggregationResult) -> Self {
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
/// The operation of [`search_count()`], as `Mock<SearchCount>`.
pub enum SearchCount {}
/// Expects [`SearchApi::search_count`](crate::apis::search::SearchApi::search_count): `POST /search/count`.
pub fn search_count() -> super::Mock<SearchCount> {
    super::Mock::new(runtime::Method::POST, "/search/count")
}
impl super::Mock<SearchCount> {
    /// Requires a JSON body equal to `value`.
    pub fn body(self, value: &models::Search) -> Self {
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
    /// Answers `429` with `body` as JSON.
    pub fn respond_too_many_requests(self, body: &models::TooManyRequests) -> Self {
        self.respond_json(429, body)
    }
    /// Answers `500` with `body` as JSON.
    pub fn respond_internal_server_error(self, body: &models::ErrorResponseDto) -> Self {
        self.respond_json(500, body)
    }
}
/// The operation of [`search_get()`], as `Mock<SearchGet>`.
pub enum SearchGet {}
/// Expects [`SearchApi::search_get`](crate::apis::search::SearchApi::search_get): `GET /search/{index}/{id}`.
pub fn search_get() -> super::Mock<SearchGet> {
    super::Mock::new(runtime::Method::GET, "/search/{index}/{id}")
}
impl super::Mock<SearchGet> {
    /// Requires path parameter `index` with `value`, encoded as the client does.
    pub fn index(self, value: models::IndexParameter) -> Self {
        self.path_param("index", &value, false)
    }
    /// Requires path parameter `id` with `value`, encoded as the client does.
    pub fn id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("id", &value, false)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::SearchDocument) -> Self {
        self.respond_json(200, body)
    }
    /// Answers `200` with the spec's example.
    pub fn respond_ok_example(self) -> Self {
        self.respond_json_text(
            200,
            "{\"id\":\"13b856dd9a264206954b63ecbb57a853\",\"name\":\"Cloud Eng\",\"description\":\"Cloud Eng\",\"source\":{\"id\":\"5c71ff71195b4794a0b87e7cf36fb017\",\"name\":\"Active Directory\"},\"entitlements\":[{\"hasPermissions\":false,\"attribute\":\"memberOf\",\"value\":\"CN=Cloud Engineering,DC=sailpoint,DC=COM\",\"schema\":\"group\",\"privileged\":false,\"id\":\"7372eaddd75749bd89a2e76a363eb891\",\"name\":\"Cloud Engineering\",\"description\":\"Cloud Engineering\"}],\"entitlementCount\":1,\"segments\":[],\"segmentCount\":0,\"apps\":[],\"created\":\"2024-09-16T17:41:25Z\",\"modified\":\"2024-09-16T19:30:54Z\",\"synced\":\"2025-02-12T06:32:40.156Z\",\"enabled\":true,\"requestable\":true,\"requestCommentsRequired\":false,\"owner\":{\"id\":\"ff8081815757d36a015757d42e56031e\",\"name\":\"SailPoint Support\",\"type\":\"IDENTITY\",\"email\":\"cloud-support@sailpoint.com\"},\"tags\":[\"TAG_1\",\"TAG_2\"]}",
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
/// The operation of [`search_post()`], as `Mock<SearchPost>`.
pub enum SearchPost {}
/// Expects [`SearchApi::search_post`](crate::apis::search::SearchApi::search_post): `POST /search`.
pub fn search_post() -> super::Mock<SearchPost> {
    super::Mock::new(runtime::Method::POST, "/search")
}
impl super::Mock<SearchPost> {
    /// Requires query parameter `offset` with `value`, encoded as the client does.
    pub fn offset(self, value: i32) -> Self {
        self.query_param("offset", &value, "form", true)
    }
    /// Requires query parameter `limit` with `value`, encoded as the client does.
    pub fn limit(self, value: i32) -> Self {
        self.query_param("limit", &value, "form", true)
    }
    /// Requires query parameter `count` with `value`, encoded as the client does.
    pub fn count(self, value: bool) -> Self {
        self.query_param("count", &value, "form", true)
    }
    /// Requires a JSON body equal to `value`.
    pub fn body(self, value: &models::Search) -> Self {
        self.json_body(value)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &Vec<models::SearchDocuments>) -> Self {
        self.respond_json(200, body)
    }
    /// Answers `200` with the spec's example.
    pub fn respond_ok_example(self) -> Self {
        self.respond_json_text(
            200,
            "[{\"id\":\"13b856dd9a264206954b63ecbb57a853\",\"name\":\"Cloud Eng\",\"description\":\"Cloud Eng\",\"source\":{\"id\":\"5c71ff71195b4794a0b87e7cf36fb017\",\"name\":\"Active Directory\"},\"entitlements\":[{\"hasPermissions\":false,\"attribute\":\"memberOf\",\"value\":\"CN=Cloud Engineering,DC=sailpoint,DC=com\",\"schema\":\"group\",\"privileged\":false,\"id\":\"7372eaddd75749bd89a2e76a363eb891\",\"name\":\"Cloud Engineering\",\"description\":\"Cloud Engineering\"}],\"entitlementCount\":1,\"segments\":[],\"segmentCount\":0,\"apps\":[],\"created\":\"2024-09-16T17:41:25Z\",\"modified\":\"2024-09-16T19:30:54Z\",\"synced\":\"2025-02-12T06:32:40.156Z\",\"enabled\":true,\"requestable\":true,\"requestCommentsRequired\":false,\"owner\":{\"id\":\"ff8081815757d36a015757d42e56031e\",\"name\":\"SailPoint Support\",\"type\":\"IDENTITY\",\"email\":\"cloud-support@sailpoint.com\"},\"tags\":[\"TAG_1\",\"TAG_2\"],\"_type\":\"accessprofile\",\"type\":\"accessprofile\",\"pod\":\"pod01-useast1\",\"org\":\"org-name\",\"_version\":\"v2\"}]",
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
