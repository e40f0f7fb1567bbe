//! Typed expectations of the operations tagged `Privilege Criteria Configuration`: `server.expect(mock::privilege_criteria_configuration::<operation>()...)`.
#[allow(unused_imports)]
use crate::{models, runtime};
/// The operation of [`get_privilege_criteria_config()`], as `Mock<GetPrivilegeCriteriaConfig>`.
pub enum GetPrivilegeCriteriaConfig {}
/// Expects [`PrivilegeCriteriaConfigurationApi::get_privilege_criteria_config`](crate::apis::privilege_criteria_configuration::PrivilegeCriteriaConfigurationApi::get_privilege_criteria_config): `GET /criteria-config/privilege/{criteriaConfigId}`.
pub fn get_privilege_criteria_config() -> super::Mock<GetPrivilegeCriteriaConfig> {
    super::Mock::new(
        runtime::Method::GET,
        "/criteria-config/privilege/{criteriaConfigId}",
    )
}
impl super::Mock<GetPrivilegeCriteriaConfig> {
    /// Requires path parameter `criteriaConfigId` with `value`, encoded as the client does.
    pub fn criteria_config_id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("criteriaConfigId", &value, false)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::PrivilegeCriteriaConfigDto) -> Self {
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
/// The operation of [`list_privilege_criteria_config()`], as `Mock<ListPrivilegeCriteriaConfig>`.
pub enum ListPrivilegeCriteriaConfig {}
/// Expects [`PrivilegeCriteriaConfigurationApi::list_privilege_criteria_config`](crate::apis::privilege_criteria_configuration::PrivilegeCriteriaConfigurationApi::list_privilege_criteria_config): `GET /criteria-config/privilege`.
pub fn list_privilege_criteria_config() -> super::Mock<ListPrivilegeCriteriaConfig> {
    super::Mock::new(runtime::Method::GET, "/criteria-config/privilege")
}
impl super::Mock<ListPrivilegeCriteriaConfig> {
    /// Requires query parameter `filters` with `value`, encoded as the client does.
    pub fn filters(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.query_param("filters", &value, "form", true)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &Vec<models::PrivilegeCriteriaConfigDto>) -> Self {
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
/// The operation of [`patch_privilege_criteria_config()`], as `Mock<PatchPrivilegeCriteriaConfig>`.
pub enum PatchPrivilegeCriteriaConfig {}
/// Expects [`PrivilegeCriteriaConfigurationApi::patch_privilege_criteria_config`](crate::apis::privilege_criteria_configuration::PrivilegeCriteriaConfigurationApi::patch_privilege_criteria_config): `PATCH /criteria-config/privilege/{criteriaConfigId}`.
pub fn patch_privilege_criteria_config() -> super::Mock<PatchPrivilegeCriteriaConfig> {
    super::Mock::new(
        runtime::Method::PATCH,
        "/criteria-config/privilege/{criteriaConfigId}",
    )
}
impl super::Mock<PatchPrivilegeCriteriaConfig> {
    /// Requires path parameter `criteriaConfigId` with `value`, encoded as the client does.
    pub fn criteria_config_id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("criteriaConfigId", &value, false)
    }
    /// Requires a JSON body equal to `value`.
    pub fn body(self, value: &Vec<models::serde_json::Value>) -> Self {
        self.json_body(value)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::PrivilegeCriteriaConfigDto) -> Self {
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
