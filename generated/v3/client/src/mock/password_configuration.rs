//! Typed expectations of the operations tagged `Password Configuration`: `server.expect(mock::password_configuration::<operation>()...)`.
#[allow(unused_imports)]
use crate::{models, runtime};
/// The operation of [`create_password_org_config()`], as `Mock<CreatePasswordOrgConfig>`.
pub enum CreatePasswordOrgConfig {}
/// Expects [`PasswordConfigurationApi::create_password_org_config`](crate::apis::password_configuration::PasswordConfigurationApi::create_password_org_config): `POST /password-org-config`.
pub fn create_password_org_config() -> super::Mock<CreatePasswordOrgConfig> {
    super::Mock::new(runtime::Method::POST, "/password-org-config")
}
impl super::Mock<CreatePasswordOrgConfig> {
    /// Requires a JSON body equal to `value`.
    pub fn body(self, value: &models::PasswordOrgConfig) -> Self {
        self.json_body(value)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::PasswordOrgConfig) -> Self {
        self.respond_json(200, body)
    }
    /// Answers `200` with the spec's example.
    pub fn respond_ok_example(self) -> Self {
        self.respond_json_text(
            200,
            "{\"customInstructionsEnabled\":true,\"digitTokenDurationMinutes\":9,\"digitTokenEnabled\":true,\"digitTokenLength\":12}",
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
/// The operation of [`get_password_org_config()`], as `Mock<GetPasswordOrgConfig>`.
pub enum GetPasswordOrgConfig {}
/// Expects [`PasswordConfigurationApi::get_password_org_config`](crate::apis::password_configuration::PasswordConfigurationApi::get_password_org_config): `GET /password-org-config`.
pub fn get_password_org_config() -> super::Mock<GetPasswordOrgConfig> {
    super::Mock::new(runtime::Method::GET, "/password-org-config")
}
impl super::Mock<GetPasswordOrgConfig> {
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::PasswordOrgConfig) -> Self {
        self.respond_json(200, body)
    }
    /// Answers `200` with the spec's example.
    pub fn respond_ok_example(self) -> Self {
        self.respond_json_text(
            200,
            "{\"customInstructionsEnabled\":true,\"digitTokenDurationMinutes\":9,\"digitTokenEnabled\":false,\"digitTokenLength\":6}",
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
/// The operation of [`put_password_org_config()`], as `Mock<PutPasswordOrgConfig>`.
pub enum PutPasswordOrgConfig {}
/// Expects [`PasswordConfigurationApi::put_password_org_config`](crate::apis::password_configuration::PasswordConfigurationApi::put_password_org_config): `PUT /password-org-config`.
pub fn put_password_org_config() -> super::Mock<PutPasswordOrgConfig> {
    super::Mock::new(runtime::Method::PUT, "/password-org-config")
}
impl super::Mock<PutPasswordOrgConfig> {
    /// Requires a JSON body equal to `value`.
    pub fn body(self, value: &models::PasswordOrgConfig) -> Self {
        self.json_body(value)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::PasswordOrgConfig) -> Self {
        self.respond_json(200, body)
    }
    /// Answers `200` with the spec's example.
    pub fn respond_ok_example(self) -> Self {
        self.respond_json_text(
            200,
            "{\"customInstructionsEnabled\":true,\"digitTokenDurationMinutes\":12,\"digitTokenEnabled\":true,\"digitTokenLength\":6}",
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
