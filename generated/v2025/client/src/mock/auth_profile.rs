//! Typed expectations of the operations tagged `Auth Profile`: `server.expect(mock::auth_profile::<operation>()...)`.
#[allow(unused_imports)]
use crate::{models, runtime};
/// The operation of [`get_profile_config()`], as `Mock<GetProfileConfig>`.
pub enum GetProfileConfig {}
/// Expects [`AuthProfileApi::get_profile_config`](crate::apis::auth_profile::AuthProfileApi::get_profile_config): `GET /auth-profiles/{id}`.
pub fn get_profile_config() -> super::Mock<GetProfileConfig> {
    super::Mock::new(runtime::Method::GET, "/auth-profiles/{id}")
}
impl super::Mock<GetProfileConfig> {
    /// Requires path parameter `id` with `value`, encoded as the client does.
    pub fn id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("id", &value, false)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::AuthProfile) -> Self {
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
/// The operation of [`get_profile_config_list()`], as `Mock<GetProfileConfigList>`.
pub enum GetProfileConfigList {}
/// Expects [`AuthProfileApi::get_profile_config_list`](crate::apis::auth_profile::AuthProfileApi::get_profile_config_list): `GET /auth-profiles`.
pub fn get_profile_config_list() -> super::Mock<GetProfileConfigList> {
    super::Mock::new(runtime::Method::GET, "/auth-profiles")
}
impl super::Mock<GetProfileConfigList> {
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &Vec<models::AuthProfileSummary>) -> Self {
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
/// The operation of [`patch_profile_config()`], as `Mock<PatchProfileConfig>`.
pub enum PatchProfileConfig {}
/// Expects [`AuthProfileApi::patch_profile_config`](crate::apis::auth_profile::AuthProfileApi::patch_profile_config): `PATCH /auth-profiles/{id}`.
pub fn patch_profile_config() -> super::Mock<PatchProfileConfig> {
    super::Mock::new(runtime::Method::PATCH, "/auth-profiles/{id}")
}
impl super::Mock<PatchProfileConfig> {
    /// Requires path parameter `id` with `value`, encoded as the client does.
    pub fn id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("id", &value, false)
    }
    /// Requires a JSON body equal to `value`.
    pub fn body(self, value: &Vec<models::JsonPatchOperation>) -> Self {
        self.json_body(value)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::AuthProfile) -> Self {
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
