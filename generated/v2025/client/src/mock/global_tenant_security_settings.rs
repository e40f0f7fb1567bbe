//! Typed expectations of the operations tagged `Global Tenant Security Settings`: `server.expect(mock::global_tenant_security_settings::<operation>()...)`.
#[allow(unused_imports)]
use crate::{models, runtime};
/// The operation of [`create_auth_org_network_config()`], as `Mock<CreateAuthOrgNetworkConfig>`.
pub enum CreateAuthOrgNetworkConfig {}
/// Expects [`GlobalTenantSecuritySettingsApi::create_auth_org_network_config`](crate::apis::global_tenant_security_settings::GlobalTenantSecuritySettingsApi::create_auth_org_network_config): `POST /auth-org/network-config`.
pub fn create_auth_org_network_config() -> super::Mock<CreateAuthOrgNetworkConfig> {
    super::Mock::new(runtime::Method::POST, "/auth-org/network-config")
}
impl super::Mock<CreateAuthOrgNetworkConfig> {
    /// Requires a JSON body equal to `value`.
    pub fn body(self, value: &models::NetworkConfiguration) -> Self {
        self.json_body(value)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::NetworkConfiguration) -> Self {
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
/// The operation of [`get_auth_org_lockout_config()`], as `Mock<GetAuthOrgLockoutConfig>`.
pub enum GetAuthOrgLockoutConfig {}
/// Expects [`GlobalTenantSecuritySettingsApi::get_auth_org_lockout_config`](crate::apis::global_tenant_security_settings::GlobalTenantSecuritySettingsApi::get_auth_org_lockout_config): `GET /auth-org/lockout-config`.
pub fn get_auth_org_lockout_config() -> super::Mock<GetAuthOrgLockoutConfig> {
    super::Mock::new(runtime::Method::GET, "/auth-org/lockout-config")
}
impl super::Mock<GetAuthOrgLockoutConfig> {
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::LockoutConfiguration) -> Self {
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
/// The operation of [`get_auth_org_network_config()`], as `Mock<GetAuthOrgNetworkConfig>`.
pub enum GetAuthOrgNetworkConfig {}
/// Expects [`GlobalTenantSecuritySettingsApi::get_auth_org_network_config`](crate::apis::global_tenant_security_settings::GlobalTenantSecuritySettingsApi::get_auth_org_network_config): `GET /auth-org/network-config`.
pub fn get_auth_org_network_config() -> super::Mock<GetAuthOrgNetworkConfig> {
    super::Mock::new(runtime::Method::GET, "/auth-org/network-config")
}
impl super::Mock<GetAuthOrgNetworkConfig> {
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::NetworkConfiguration) -> Self {
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
/// The operation of [`get_auth_org_service_provider_config()`], as `Mock<GetAuthOrgServiceProviderConfig>`.
pub enum GetAuthOrgServiceProviderConfig {}
/// Expects [`GlobalTenantSecuritySettingsApi::get_auth_org_service_provider_config`](crate::apis::global_tenant_security_settings::GlobalTenantSecuritySettingsApi::get_auth_org_service_provider_config): `GET /auth-org/service-provider-config`.
pub fn get_auth_org_service_provider_config() -> super::Mock<
    GetAuthOrgServiceProviderConfig,
> {
    super::Mock::new(runtime::Method::GET, "/auth-org/service-provider-config")
}
impl super::Mock<GetAuthOrgServiceProviderConfig> {
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::ServiceProviderConfiguration) -> Self {
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
/// The operation of [`get_auth_org_session_config()`], as `Mock<GetAuthOrgSessionConfig>`.
pub enum GetAuthOrgSessionConfig {}
/// Expects [`GlobalTenantSecuritySettingsApi::get_auth_org_session_config`](crate::apis::global_tenant_security_settings::GlobalTenantSecuritySettingsApi::get_auth_org_session_config): `GET /auth-org/session-config`.
pub fn get_auth_org_session_config() -> super::Mock<GetAuthOrgSessionConfig> {
    super::Mock::new(runtime::Method::GET, "/auth-org/session-config")
}
impl super::Mock<GetAuthOrgSessionConfig> {
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::SessionConfiguration) -> Self {
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
/// The operation of [`patch_auth_org_lockout_config()`], as `Mock<PatchAuthOrgLockoutConfig>`.
pub enum PatchAuthOrgLockoutConfig {}
/// Expects [`GlobalTenantSecuritySettingsApi::patch_auth_org_lockout_config`](crate::apis::global_tenant_security_settings::GlobalTenantSecuritySettingsApi::patch_auth_org_lockout_config): `PATCH /auth-org/lockout-config`.
pub fn patch_auth_org_lockout_config() -> super::Mock<PatchAuthOrgLockoutConfig> {
    super::Mock::new(runtime::Method::PATCH, "/auth-org/lockout-config")
}
impl super::Mock<PatchAuthOrgLockoutConfig> {
    /// Requires a JSON body equal to `value`.
    pub fn body(self, value: &Vec<models::JsonPatchOperation>) -> Self {
        self.json_body(value)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::LockoutConfiguration) -> Self {
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
/// The operation of [`patch_auth_org_network_config()`], as `Mock<PatchAuthOrgNetworkConfig>`.
pub enum PatchAuthOrgNetworkConfig {}
/// Expects [`GlobalTenantSecuritySettingsApi::patch_auth_org_network_config`](crate::apis::global_tenant_security_settings::GlobalTenantSecuritySettingsApi::patch_auth_org_network_config): `PATCH /auth-org/network-config`.
pub fn patch_auth_org_network_config() -> super::Mock<PatchAuthOrgNetworkConfig> {
    super::Mock::new(runtime::Method::PATCH, "/auth-org/network-config")
}
impl super::Mock<PatchAuthOrgNetworkConfig> {
    /// Requires a JSON body equal to `value`.
    pub fn body(self, value: &Vec<models::JsonPatchOperation>) -> Self {
        self.json_body(value)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::NetworkConfiguration) -> Self {
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
/// The operation of [`patch_auth_org_service_provider_config()`], as `Mock<PatchAuthOrgServiceProviderConfig>`.
pub enum PatchAuthOrgServiceProviderConfig {}
/// Expects [`GlobalTenantSecuritySettingsApi::patch_auth_org_service_provider_config`](crate::apis::global_tenant_security_settings::GlobalTenantSecuritySettingsApi::patch_auth_org_service_provider_config): `PATCH /auth-org/service-provider-config`.
pub fn patch_auth_org_service_provider_config() -> super::Mock<
    PatchAuthOrgServiceProviderConfig,
> {
    super::Mock::new(runtime::Method::PATCH, "/auth-org/service-provider-config")
}
impl super::Mock<PatchAuthOrgServiceProviderConfig> {
    /// Requires a JSON body equal to `value`.
    pub fn body(self, value: &Vec<models::JsonPatchOperation>) -> Self {
        self.json_body(value)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::ServiceProviderConfiguration) -> Self {
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
/// The operation of [`patch_auth_org_session_config()`], as `Mock<PatchAuthOrgSessionConfig>`.
pub enum PatchAuthOrgSessionConfig {}
/// Expects [`GlobalTenantSecuritySettingsApi::patch_auth_org_session_config`](crate::apis::global_tenant_security_settings::GlobalTenantSecuritySettingsApi::patch_auth_org_session_config): `PATCH /auth-org/session-config`.
pub fn patch_auth_org_session_config() -> super::Mock<PatchAuthOrgSessionConfig> {
    super::Mock::new(runtime::Method::PATCH, "/auth-org/session-config")
}
impl super::Mock<PatchAuthOrgSessionConfig> {
    /// Requires a JSON body equal to `value`.
    pub fn body(self, value: &Vec<models::JsonPatchOperation>) -> Self {
        self.json_body(value)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::SessionConfiguration) -> Self {
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
