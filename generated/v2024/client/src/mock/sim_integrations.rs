//! Typed expectations of the operations tagged `SIM Integrations`: `server.expect(mock::sim_integrations::<operation>()...)`.
#[allow(unused_imports)]
use crate::{models, runtime};
/// The operation of [`create_sim_integration()`], as `Mock<CreateSimIntegration>`.
pub enum CreateSimIntegration {}
/// Expects [`SimIntegrationsApi::create_sim_integration`](crate::apis::sim_integrations::SimIntegrationsApi::create_sim_integration): `POST /sim-integrations`.
pub fn create_sim_integration() -> super::Mock<CreateSimIntegration> {
    super::Mock::new(runtime::Method::POST, "/sim-integrations")
}
impl super::Mock<CreateSimIntegration> {
    /// Requires a JSON body equal to `value`.
    pub fn body(self, value: &models::SimIntegrationDetails) -> Self {
        self.json_body(value)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::ServiceDeskIntegrationDto) -> Self {
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
/// The operation of [`delete_sim_integration()`], as `Mock<DeleteSimIntegration>`.
pub enum DeleteSimIntegration {}
/// Expects [`SimIntegrationsApi::delete_sim_integration`](crate::apis::sim_integrations::SimIntegrationsApi::delete_sim_integration): `DELETE /sim-integrations/{id}`.
pub fn delete_sim_integration() -> super::Mock<DeleteSimIntegration> {
    super::Mock::new(runtime::Method::DELETE, "/sim-integrations/{id}")
}
impl super::Mock<DeleteSimIntegration> {
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
/// The operation of [`get_sim_integration()`], as `Mock<GetSimIntegration>`.
pub enum GetSimIntegration {}
/// Expects [`SimIntegrationsApi::get_sim_integration`](crate::apis::sim_integrations::SimIntegrationsApi::get_sim_integration): `GET /sim-integrations/{id}`.
pub fn get_sim_integration() -> super::Mock<GetSimIntegration> {
    super::Mock::new(runtime::Method::GET, "/sim-integrations/{id}")
}
impl super::Mock<GetSimIntegration> {
    /// Requires path parameter `id` with `value`, encoded as the client does.
    pub fn id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("id", &value, false)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::ServiceDeskIntegrationDto) -> Self {
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
/// The operation of [`get_sim_integrations()`], as `Mock<GetSimIntegrations>`.
pub enum GetSimIntegrations {}
/// Expects [`SimIntegrationsApi::get_sim_integrations`](crate::apis::sim_integrations::SimIntegrationsApi::get_sim_integrations): `GET /sim-integrations`.
pub fn get_sim_integrations() -> super::Mock<GetSimIntegrations> {
    super::Mock::new(runtime::Method::GET, "/sim-integrations")
}
impl super::Mock<GetSimIntegrations> {
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &Vec<models::ServiceDeskIntegrationDto>) -> Self {
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
/// The operation of [`patch_before_provisioning_rule()`], as `Mock<PatchBeforeProvisioningRule>`.
pub enum PatchBeforeProvisioningRule {}
/// Expects [`SimIntegrationsApi::patch_before_provisioning_rule`](crate::apis::sim_integrations::SimIntegrationsApi::patch_before_provisioning_rule): `PATCH /sim-integrations/{id}/beforeProvisioningRule`.
pub fn patch_before_provisioning_rule() -> super::Mock<PatchBeforeProvisioningRule> {
    super::Mock::new(
        runtime::Method::PATCH,
        "/sim-integrations/{id}/beforeProvisioningRule",
    )
}
impl super::Mock<PatchBeforeProvisioningRule> {
    /// Requires path parameter `id` with `value`, encoded as the client does.
    pub fn id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("id", &value, false)
    }
    /// Requires a JSON body equal to `value`.
    pub fn body(self, value: &models::JsonPatch) -> Self {
        self.json_body(value)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::ServiceDeskIntegrationDto) -> Self {
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
/// The operation of [`patch_sim_attributes()`], as `Mock<PatchSimAttributes>`.
pub enum PatchSimAttributes {}
/// Expects [`SimIntegrationsApi::patch_sim_attributes`](crate::apis::sim_integrations::SimIntegrationsApi::patch_sim_attributes): `PATCH /sim-integrations/{id}`.
pub fn patch_sim_attributes() -> super::Mock<PatchSimAttributes> {
    super::Mock::new(runtime::Method::PATCH, "/sim-integrations/{id}")
}
impl super::Mock<PatchSimAttributes> {
    /// Requires path parameter `id` with `value`, encoded as the client does.
    pub fn id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("id", &value, false)
    }
    /// Requires a JSON body equal to `value`.
    pub fn body(self, value: &models::JsonPatch) -> Self {
        self.json_body(value)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::ServiceDeskIntegrationDto) -> Self {
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
/// The operation of [`put_sim_integration()`], as `Mock<PutSimIntegration>`.
pub enum PutSimIntegration {}
/// Expects [`SimIntegrationsApi::put_sim_integration`](crate::apis::sim_integrations::SimIntegrationsApi::put_sim_integration): `PUT /sim-integrations/{id}`.
pub fn put_sim_integration() -> super::Mock<PutSimIntegration> {
    super::Mock::new(runtime::Method::PUT, "/sim-integrations/{id}")
}
impl super::Mock<PutSimIntegration> {
    /// Requires path parameter `id` with `value`, encoded as the client does.
    pub fn id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("id", &value, false)
    }
    /// Requires a JSON body equal to `value`.
    pub fn body(self, value: &models::SimIntegrationDetails) -> Self {
        self.json_body(value)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::ServiceDeskIntegrationDto) -> Self {
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
