//! Typed expectations of the operations tagged `Saved Search`: `server.expect(mock::saved_search::<operation>()...)`.
#[allow(unused_imports)]
use crate::{models, runtime};
/// The operation of [`create_saved_search()`], as `Mock<CreateSavedSearch>`.
pub enum CreateSavedSearch {}
/// Expects [`SavedSearchApi::create_saved_search`](crate::apis::saved_search::SavedSearchApi::create_saved_search): `POST /saved-searches`.
pub fn create_saved_search() -> super::Mock<CreateSavedSearch> {
    super::Mock::new(runtime::Method::POST, "/saved-searches")
}
impl super::Mock<CreateSavedSearch> {
    /// Requires a JSON body equal to `value`.
    pub fn body(self, value: &models::CreateSavedSearchRequest) -> Self {
        self.json_body(value)
    }
    /// Answers `201` with `body` as JSON.
    pub fn respond_created(self, body: &models::SavedSearch) -> Self {
        self.respond_json(201, body)
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
/// The operation of [`delete_saved_search()`], as `Mock<DeleteSavedSearch>`.
pub enum DeleteSavedSearch {}
/// Expects [`SavedSearchApi::delete_saved_search`](crate::apis::saved_search::SavedSearchApi::delete_saved_search): `DELETE /saved-searches/{id}`.
pub fn delete_saved_search() -> super::Mock<DeleteSavedSearch> {
    super::Mock::new(runtime::Method::DELETE, "/saved-searches/{id}")
}
impl super::Mock<DeleteSavedSearch> {
    /// Requires path parameter `id` with `value`, encoded as the client does.
    pub fn id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("id", &value, false)
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
/// The operation of [`execute_saved_search()`], as `Mock<ExecuteSavedSearch>`.
pub enum ExecuteSavedSearch {}
/// Expects [`SavedSearchApi::execute_saved_search`](crate::apis::saved_search::SavedSearchApi::execute_saved_search): `POST /saved-searches/{id}/execute`.
pub fn execute_saved_search() -> super::Mock<ExecuteSavedSearch> {
    super::Mock::new(runtime::Method::POST, "/saved-searches/{id}/execute")
}
impl super::Mock<ExecuteSavedSearch> {
    /// Requires path parameter `id` with `value`, encoded as the client does.
    pub fn id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("id", &value, false)
    }
    /// Requires a JSON body equal to `value`.
    pub fn body(self, value: &models::SearchArguments) -> Self {
        self.json_body(value)
    }
    /// Answers `202` with no body.
    pub fn respond_accepted(self) -> Self {
        self.respond_empty(202)
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
/// The operation of [`get_saved_search()`], as `Mock<GetSavedSearch>`.
pub enum GetSavedSearch {}
/// Expects [`SavedSearchApi::get_saved_search`](crate::apis::saved_search::SavedSearchApi::get_saved_search): `GET /saved-searches/{id}`.
pub fn get_saved_search() -> super::Mock<GetSavedSearch> {
    super::Mock::new(runtime::Method::GET, "/saved-searches/{id}")
}
impl super::Mock<GetSavedSearch> {
    /// Requires path parameter `id` with `value`, encoded as the client does.
    pub fn id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("id", &value, false)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::SavedSearch) -> Self {
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
/// The operation of [`list_saved_searches()`], as `Mock<ListSavedSearches>`.
pub enum ListSavedSearches {}
/// Expects [`SavedSearchApi::list_saved_searches`](crate::apis::saved_search::SavedSearchApi::list_saved_searches): `GET /saved-searches`.
pub fn list_saved_searches() -> super::Mock<ListSavedSearches> {
    super::Mock::new(runtime::Method::GET, "/saved-searches")
}
impl super::Mock<ListSavedSearches> {
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
    /// Requires query parameter `filters` with `value`, encoded as the client does.
    pub fn filters(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.query_param("filters", &value, "form", true)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &Vec<models::SavedSearch>) -> Self {
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
/// The operation of [`put_saved_search()`], as `Mock<PutSavedSearch>`.
pub enum PutSavedSearch {}
/// Expects [`SavedSearchApi::put_saved_search`](crate::apis::saved_search::SavedSearchApi::put_saved_search): `PUT /saved-searches/{id}`.
pub fn put_saved_search() -> super::Mock<PutSavedSearch> {
    super::Mock::new(runtime::Method::PUT, "/saved-searches/{id}")
}
impl super::Mock<PutSavedSearch> {
    /// Requires path parameter `id` with `value`, encoded as the client does.
    pub fn id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("id", &value, false)
    }
    /// Requires a JSON body equal to `value`.
    pub fn body(self, value: &models::SavedSearch) -> Self {
        self.json_body(value)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::SavedSearch) -> Self {
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
