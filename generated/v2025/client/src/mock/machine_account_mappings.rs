//! Typed expectations of the operations tagged `Machine Account Mappings`: `server.expect(mock::machine_account_mappings::<operation>()...)`.
#[allow(unused_imports)]
use crate::{models, runtime};
/// The operation of [`create_machine_account_mappings()`], as `Mock<CreateMachineAccountMappings>`.
pub enum CreateMachineAccountMappings {}
/// Expects [`MachineAccountMappingsApi::create_machine_account_mappings`](crate::apis::machine_account_mappings::MachineAccountMappingsApi::create_machine_account_mappings): `POST /sources/{id}/machine-account-mappings`.
pub fn create_machine_account_mappings() -> super::Mock<CreateMachineAccountMappings> {
    super::Mock::new(runtime::Method::POST, "/sources/{id}/machine-account-mappings")
}
impl super::Mock<CreateMachineAccountMappings> {
    /// Requires path parameter `id` with `value`, encoded as the client does.
    pub fn id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("id", &value, false)
    }
    /// Requires a JSON body equal to `value`.
    pub fn body(self, value: &models::ListMachineAccountMappingsResponseItem) -> Self {
        self.json_body(value)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(
        self,
        body: &Vec<models::ListMachineAccountMappingsResponseItem>,
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
    /// Answers `429` with `body` as JSON.
    pub fn respond_too_many_requests(self, body: &models::TooManyRequests) -> Self {
        self.respond_json(429, body)
    }
    /// Answers `500` with `body` as JSON.
    pub fn respond_internal_server_error(self, body: &models::ErrorResponseDto) -> Self {
        self.respond_json(500, body)
    }
}
/// The operation of [`delete_machine_account_mappings()`], as `Mock<DeleteMachineAccountMappings>`.
pub enum DeleteMachineAccountMappings {}
/// Expects [`MachineAccountMappingsApi::delete_machine_account_mappings`](crate::apis::machine_account_mappings::MachineAccountMappingsApi::delete_machine_account_mappings): `DELETE /sources/{id}/machine-account-mappings`.
pub fn delete_machine_account_mappings() -> super::Mock<DeleteMachineAccountMappings> {
    super::Mock::new(runtime::Method::DELETE, "/sources/{id}/machine-account-mappings")
}
impl super::Mock<DeleteMachineAccountMappings> {
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
/// The operation of [`list_machine_account_mappings()`], as `Mock<ListMachineAccountMappings>`.
pub enum ListMachineAccountMappings {}
/// Expects [`MachineAccountMappingsApi::list_machine_account_mappings`](crate::apis::machine_account_mappings::MachineAccountMappingsApi::list_machine_account_mappings): `GET /sources/{id}/machine-account-mappings`.
pub fn list_machine_account_mappings() -> super::Mock<ListMachineAccountMappings> {
    super::Mock::new(runtime::Method::GET, "/sources/{id}/machine-account-mappings")
}
impl super::Mock<ListMachineAccountMappings> {
    /// Requires path parameter `id` with `value`, encoded as the client does.
    pub fn id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("id", &value, false)
    }
    /// Requires query parameter `limit` with `value`, encoded as the client does.
    pub fn limit(self, value: i32) -> Self {
        self.query_param("limit", &value, "form", true)
    }
    /// Requires query parameter `offset` with `value`, encoded as the client does.
    pub fn offset(self, value: i32) -> Self {
        self.query_param("offset", &value, "form", true)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(
        self,
        body: &Vec<models::ListMachineAccountMappingsResponseItem>,
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
/// The operation of [`set_machine_account_mappings()`], as `Mock<SetMachineAccountMappings>`.
pub enum SetMachineAccountMappings {}
/// Expects [`MachineAccountMappingsApi::set_machine_account_mappings`](crate::apis::machine_account_mappings::MachineAccountMappingsApi::set_machine_account_mappings): `PUT /sources/{id}/machine-mappings`.
pub fn set_machine_account_mappings() -> super::Mock<SetMachineAccountMappings> {
    super::Mock::new(runtime::Method::PUT, "/sources/{id}/machine-mappings")
}
impl super::Mock<SetMachineAccountMappings> {
    /// Requires path parameter `id` with `value`, encoded as the client does.
    pub fn id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("id", &value, false)
    }
    /// Requires a JSON body equal to `value`.
    pub fn body(self, value: &models::ListMachineAccountMappingsResponseItem) -> Self {
        self.json_body(value)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(
        self,
        body: &Vec<models::ListMachineAccountMappingsResponseItem>,
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
