//! Typed expectations of the operations tagged `Machine Classification Config`: `server.expect(mock::machine_classification_config::<operation>()...)`.
#[allow(unused_imports)]
use crate::{models, runtime};
/// The operation of [`delete_machine_classification_config()`], as `Mock<DeleteMachineClassificationConfig>`.
pub enum DeleteMachineClassificationConfig {}
/// Expects [`MachineClassificationConfigApi::delete_machine_classification_config`](crate::apis::machine_classification_config::MachineClassificationConfigApi::delete_machine_classification_config): `DELETE /sources/{id}/machine-classification-config`.
pub fn delete_machine_classification_config() -> super::Mock<
    DeleteMachineClassificationConfig,
> {
    super::Mock::new(
        runtime::Method::DELETE,
        "/sources/{id}/machine-classification-config",
    )
}
impl super::Mock<DeleteMachineClassificationConfig> {
    /// Requires path parameter `id` with `value`, encoded as the client does.
    pub fn id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("id", &value, false)
    }
    /// Answers `200` with no body.
    pub fn respond_ok(self) -> Self {
        self.respond_empty(200)
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
/// The operation of [`get_machine_classification_config()`], as `Mock<GetMachineClassificationConfig>`.
pub enum GetMachineClassificationConfig {}
/// Expects [`MachineClassificationConfigApi::get_machine_classification_config`](crate::apis::machine_classification_config::MachineClassificationConfigApi::get_machine_classification_config): `GET /sources/{id}/machine-classification-config`.
pub fn get_machine_classification_config() -> super::Mock<
    GetMachineClassificationConfig,
> {
    super::Mock::new(runtime::Method::GET, "/sources/{id}/machine-classification-config")
}
impl super::Mock<GetMachineClassificationConfig> {
    /// Requires path parameter `id` with `value`, encoded as the client does.
    pub fn id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("id", &value, false)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(
        self,
        body: &models::GetMachineClassificationConfigResponse,
    ) -> Self {
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
/// The operation of [`set_machine_classification_config()`], as `Mock<SetMachineClassificationConfig>`.
pub enum SetMachineClassificationConfig {}
/// Expects [`MachineClassificationConfigApi::set_machine_classification_config`](crate::apis::machine_classification_config::MachineClassificationConfigApi::set_machine_classification_config): `PUT /sources/{id}/machine-classification-config`.
pub fn set_machine_classification_config() -> super::Mock<
    SetMachineClassificationConfig,
> {
    super::Mock::new(runtime::Method::PUT, "/sources/{id}/machine-classification-config")
}
impl super::Mock<SetMachineClassificationConfig> {
    /// Requires path parameter `id` with `value`, encoded as the client does.
    pub fn id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("id", &value, false)
    }
    /// Requires a JSON body equal to `value`.
    pub fn body(self, value: &models::GetMachineClassificationConfigResponse) -> Self {
        self.json_body(value)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(
        self,
        body: &models::GetMachineClassificationConfigResponse,
    ) -> Self {
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
