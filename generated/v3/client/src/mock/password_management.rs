//! Typed expectations of the operations tagged `Password Management`: `server.expect(mock::password_management::<operation>()...)`.
#[allow(unused_imports)]
use crate::{models, runtime};
/// The operation of [`get_password_change_status()`], as `Mock<GetPasswordChangeStatus>`.
pub enum GetPasswordChangeStatus {}
/// Expects [`PasswordManagementApi::get_password_change_status`](crate::apis::password_management::PasswordManagementApi::get_password_change_status): `GET /password-change-status/{id}`.
pub fn get_password_change_status() -> super::Mock<GetPasswordChangeStatus> {
    super::Mock::new(runtime::Method::GET, "/password-change-status/{id}")
}
impl super::Mock<GetPasswordChangeStatus> {
    /// Requires path parameter `id` with `value`, encoded as the client does.
    pub fn id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("id", &value, false)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::PasswordStatus) -> Self {
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
/// The operation of [`query_password_info()`], as `Mock<QueryPasswordInfo>`.
pub enum QueryPasswordInfo {}
/// Expects [`PasswordManagementApi::query_password_info`](crate::apis::password_management::PasswordManagementApi::query_password_info): `POST /query-password-info`.
pub fn query_password_info() -> super::Mock<QueryPasswordInfo> {
    super::Mock::new(runtime::Method::POST, "/query-password-info")
}
impl super::Mock<QueryPasswordInfo> {
    /// Requires a JSON body equal to `value`.
    pub fn body(self, value: &models::PasswordInfoQueryDto) -> Self {
        self.json_body(value)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::PasswordInfo) -> Self {
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
/// The operation of [`set_password()`], as `Mock<SetPassword>`.
pub enum SetPassword {}
/// Expects [`PasswordManagementApi::set_password`](crate::apis::password_management::PasswordManagementApi::set_password): `POST /set-password`.
pub fn set_password() -> super::Mock<SetPassword> {
    super::Mock::new(runtime::Method::POST, "/set-password")
}
impl super::Mock<SetPassword> {
    /// Requires a JSON body equal to `value`.
    pub fn body(self, value: &models::PasswordChangeRequest) -> Self {
        self.json_body(value)
    }
    /// Answers `202` with `body` as JSON.
    pub fn respond_accepted(self, body: &models::PasswordChangeResponse) -> Self {
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
    /// Answers `429` with `body` as JSON.
    pub fn respond_too_many_requests(self, body: &models::TooManyRequests) -> Self {
        self.respond_json(429, body)
    }
    /// Answers `500` with `body` as JSON.
    pub fn respond_internal_server_error(self, body: &models::ErrorResponseDto) -> Self {
        self.respond_json(500, body)
    }
}
