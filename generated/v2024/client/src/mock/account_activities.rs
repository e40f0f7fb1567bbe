//! Typed expectations of the operations tagged `Account Activities`: `server.expect(mock::account_activities::<operation>()...)`.
#[allow(unused_imports)]
use crate::{models, runtime};
/// The operation of [`get_account_activity()`], as `Mock<GetAccountActivity>`.
pub enum GetAccountActivity {}
/// Expects [`AccountActivitiesApi::get_account_activity`](crate::apis::account_activities::AccountActivitiesApi::get_account_activity): `GET /account-activities/{id}`.
pub fn get_account_activity() -> super::Mock<GetAccountActivity> {
    super::Mock::new(runtime::Method::GET, "/account-activities/{id}")
}
impl super::Mock<GetAccountActivity> {
    /// Requires path parameter `id` with `value`, encoded as the client does.
    pub fn id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("id", &value, false)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::AccountActivity) -> Self {
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
/// The operation of [`list_account_activities()`], as `Mock<ListAccountActivities>`.
pub enum ListAccountActivities {}
/// Expects [`AccountActivitiesApi::list_account_activities`](crate::apis::account_activities::AccountActivitiesApi::list_account_activities): `GET /account-activities`.
pub fn list_account_activities() -> super::Mock<ListAccountActivities> {
    super::Mock::new(runtime::Method::GET, "/account-activities")
}
impl super::Mock<ListAccountActivities> {
    /// Requires query parameter `requested-for` with `value`, encoded as the client does.
    pub fn requested_for(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.query_param("requested-for", &value, "form", true)
    }
    /// Requires query parameter `requested-by` with `value`, encoded as the client does.
    pub fn requested_by(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.query_param("requested-by", &value, "form", true)
    }
    /// Requires query parameter `regarding-identity` with `value`, encoded as the client does.
    pub fn regarding_identity(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.query_param("regarding-identity", &value, "form", true)
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
    pub fn respond_ok(self, body: &Vec<models::AccountActivity>) -> Self {
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
