//! Typed expectations of the operations tagged `IAI Role Mining`: `server.expect(mock::iai_role_mining::<operation>()...)`.
#[allow(unused_imports)]
use crate::{models, runtime};
/// The operation of [`create_potential_role_provision_request()`], as `Mock<CreatePotentialRoleProvisionRequest>`.
pub enum CreatePotentialRoleProvisionRequest {}
/// Expects [`IaiRoleMiningApi::create_potential_role_provision_request`](crate::apis::iai_role_mining::IaiRoleMiningApi::create_potential_role_provision_request): `POST /role-mining-sessions/{sessionId}/potential-roles/{potentialRoleId}/provision`.
pub fn create_potential_role_provision_request() -> super::Mock<
    CreatePotentialRoleProvisionRequest,
> {
    super::Mock::new(
        runtime::Method::POST,
        "/role-mining-sessions/{sessionId}/potential-roles/{potentialRoleId}/provision",
    )
}
impl super::Mock<CreatePotentialRoleProvisionRequest> {
    /// Requires path parameter `sessionId` with `value`, encoded as the client does.
    pub fn session_id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("sessionId", &value, false)
    }
    /// Requires path parameter `potentialRoleId` with `value`, encoded as the client does.
    pub fn potential_role_id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("potentialRoleId", &value, false)
    }
    /// Requires query parameter `min-entitlement-popularity` with `value`, encoded as the client does.
    pub fn min_entitlement_popularity(self, value: i64) -> Self {
        self.query_param("min-entitlement-popularity", &value, "form", true)
    }
    /// Requires query parameter `include-common-access` with `value`, encoded as the client does.
    pub fn include_common_access(self, value: bool) -> Self {
        self.query_param("include-common-access", &value, "form", true)
    }
    /// Requires a JSON body equal to `value`.
    pub fn body(self, value: &models::RoleMiningPotentialRoleProvisionRequest) -> Self {
        self.json_body(value)
    }
    /// Answers `202` with `body` as JSON.
    pub fn respond_accepted(
        self,
        body: &models::RoleMiningPotentialRoleSummary,
    ) -> Self {
        self.respond_json(202, body)
    }
    /// Answers `400` with `body` as JSON.
    pub fn respond_bad_request(self, body: &models::ErrorResponseDtoV3) -> Self {
        self.respond_json(400, body)
    }
    /// Answers `401` with `body` as JSON.
    pub fn respond_unauthorized(self, body: &models::UnauthorizedResponse) -> Self {
        self.respond_json(401, body)
    }
    /// Answers `403` with `body` as JSON.
    pub fn respond_forbidden(self, body: &models::ErrorResponseDtoV3) -> Self {
        self.respond_json(403, body)
    }
    /// Answers `404` with `body` as JSON.
    pub fn respond_not_found(self, body: &models::ErrorResponseDtoV3) -> Self {
        self.respond_json(404, body)
    }
    /// Answers `500` with `body` as JSON.
    pub fn respond_internal_server_error(
        self,
        body: &models::ErrorResponseDtoV3,
    ) -> Self {
        self.respond_json(500, body)
    }
}
/// The operation of [`create_role_mining_sessions()`], as `Mock<CreateRoleMiningSessions>`.
pub enum CreateRoleMiningSessions {}
/// Expects [`IaiRoleMiningApi::create_role_mining_sessions`](crate::apis::iai_role_mining::IaiRoleMiningApi::create_role_mining_sessions): `POST /role-mining-sessions`.
pub fn create_role_mining_sessions() -> super::Mock<CreateRoleMiningSessions> {
    super::Mock::new(runtime::Method::POST, "/role-mining-sessions")
}
impl super::Mock<CreateRoleMiningSessions> {
    /// Requires a JSON body equal to `value`.
    pub fn body(self, value: &models::RoleMiningSessionDto) -> Self {
        self.json_body(value)
    }
    /// Answers `201` with `body` as JSON.
    pub fn respond_created(self, body: &models::RoleMiningSessionResponse) -> Self {
        self.respond_json(201, body)
    }
    /// Answers `400` with `body` as JSON.
    pub fn respond_bad_request(self, body: &models::ErrorResponseDtoV3) -> Self {
        self.respond_json(400, body)
    }
    /// Answers `401` with `body` as JSON.
    pub fn respond_unauthorized(self, body: &models::UnauthorizedResponse) -> Self {
        self.respond_json(401, body)
    }
    /// Answers `403` with `body` as JSON.
    pub fn respond_forbidden(self, body: &models::ErrorResponseDtoV3) -> Self {
        self.respond_json(403, body)
    }
    /// Answers `429` with `body` as JSON.
    pub fn respond_too_many_requests(
        self,
        body: &models::TooManyRequestsResponse,
    ) -> Self {
        self.respond_json(429, body)
    }
    /// Answers `500` with `body` as JSON.
    pub fn respond_internal_server_error(
        self,
        body: &models::ErrorResponseDtoV3,
    ) -> Self {
        self.respond_json(500, body)
    }
}
/// The operation of [`download_role_mining_potential_role_zip()`], as `Mock<DownloadRoleMiningPotentialRoleZip>`.
pub enum DownloadRoleMiningPotentialRoleZip {}
/// Expects [`IaiRoleMiningApi::download_role_mining_potential_role_zip`](crate::apis::iai_role_mining::IaiRoleMiningApi::download_role_mining_potential_role_zip): `GET /role-mining-sessions/{sessionId}/potential-roles/{potentialRoleId}/export-async/{exportId}/download`.
pub fn download_role_mining_potential_role_zip() -> super::Mock<
    DownloadRoleMiningPotentialRoleZip,
> {
    super::Mock::new(
        runtime::Method::GET,
        "/role-mining-sessions/{sessionId}/potential-roles/{potentialRoleId}/export-async/{exportId}/download",
    )
}
impl super::Mock<DownloadRoleMiningPotentialRoleZip> {
    /// Requires path parameter `sessionId` with `value`, encoded as the client does.
    pub fn session_id(self, value: String) -> Self {
        self.path_param("sessionId", &value, false)
    }
    /// Requires path parameter `potentialRoleId` with `value`, encoded as the client does.
    pub fn potential_role_id(self, value: String) -> Self {
        self.path_param("potentialRoleId", &value, false)
    }
    /// Requires path parameter `exportId` with `value`, encoded as the client does.
    pub fn export_id(self, value: String) -> Self {
        self.path_param("exportId", &value, false)
    }
    /// Answers `200` with `body`.
    pub fn respond_ok(self, body: &[u8]) -> Self {
        self.respond_bytes(200, "application/zip", body)
    }
    /// Answers `400` with `body` as JSON.
    pub fn respond_bad_request(self, body: &models::ErrorResponseDtoV3) -> Self {
        self.respond_json(400, body)
    }
    /// Answers `401` with `body` as JSON.
    pub fn respond_unauthorized(self, body: &models::UnauthorizedResponse) -> Self {
        self.respond_json(401, body)
    }
    /// Answers `403` with `body` as JSON.
    pub fn respond_forbidden(self, body: &models::ErrorResponseDtoV3) -> Self {
        self.respond_json(403, body)
    }
    /// Answers `500` with `body` as JSON.
    pub fn respond_internal_server_error(
        self,
        body: &models::ErrorResponseDtoV3,
    ) -> Self {
        self.respond_json(500, body)
    }
}
/// The operation of [`export_role_mining_potential_role()`], as `Mock<ExportRoleMiningPotentialRole>`.
pub enum ExportRoleMiningPotentialRole {}
/// Expects [`IaiRoleMiningApi::export_role_mining_potential_role`](crate::apis::iai_role_mining::IaiRoleMiningApi::export_role_mining_potential_role): `GET /role-mining-sessions/{sessionId}/potential-roles/{potentialRoleId}/export`.
pub fn export_role_mining_potential_role() -> super::Mock<
    ExportRoleMiningPotentialRole,
> {
    super::Mock::new(
        runtime::Method::GET,
        "/role-mining-sessions/{sessionId}/potential-roles/{potentialRoleId}/export",
    )
}
impl super::Mock<ExportRoleMiningPotentialRole> {
    /// Requires path parameter `sessionId` with `value`, encoded as the client does.
    pub fn session_id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("sessionId", &value, false)
    }
    /// Requires path parameter `potentialRoleId` with `value`, encoded as the client does.
    pub fn potential_role_id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("potentialRoleId", &value, false)
    }
    /// Answers `200` with `body`.
    pub fn respond_ok(self, body: &[u8]) -> Self {
        self.respond_bytes(200, "application/zip", body)
    }
    /// Answers `400` with `body` as JSON.
    pub fn respond_bad_request(self, body: &models::ErrorResponseDtoV3) -> Self {
        self.respond_json(400, body)
    }
    /// Answers `401` with `body` as JSON.
    pub fn respond_unauthorized(self, body: &models::UnauthorizedResponse) -> Self {
        self.respond_json(401, body)
    }
    /// Answers `403` with `body` as JSON.
    pub fn respond_forbidden(self, body: &models::ErrorResponseDtoV3) -> Self {
        self.respond_json(403, body)
    }
    /// Answers `500` with `body` as JSON.
    pub fn respond_internal_server_error(
        self,
        body: &models::ErrorResponseDtoV3,
    ) -> Self {
        self.respond_json(500, body)
    }
}
/// The operation of [`export_role_mining_potential_role_async()`], as `Mock<ExportRoleMiningPotentialRoleAsync>`.
pub enum ExportRoleMiningPotentialRoleAsync {}
/// Expects [`IaiRoleMiningApi::export_role_mining_potential_role_async`](crate::apis::iai_role_mining::IaiRoleMiningApi::export_role_mining_potential_role_async): `POST /role-mining-sessions/{sessionId}/potential-roles/{potentialRoleId}/export-async`.
pub fn export_role_mining_potential_role_async() -> super::Mock<
    ExportRoleMiningPotentialRoleAsync,
> {
    super::Mock::new(
        runtime::Method::POST,
        "/role-mining-sessions/{sessionId}/potential-roles/{potentialRoleId}/export-async",
    )
}
impl super::Mock<ExportRoleMiningPotentialRoleAsync> {
    /// Requires path parameter `sessionId` with `value`, encoded as the client does.
    pub fn session_id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("sessionId", &value, false)
    }
    /// Requires path parameter `potentialRoleId` with `value`, encoded as the client does.
    pub fn potential_role_id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("potentialRoleId", &value, false)
    }
    /// Requires a JSON body equal to `value`.
    pub fn body(self, value: &models::RoleMiningPotentialRoleExportRequest) -> Self {
        self.json_body(value)
    }
    /// Answers `202` with `body` as JSON.
    pub fn respond_accepted(
        self,
        body: &models::RoleMiningPotentialRoleExportResponse,
    ) -> Self {
        self.respond_json(202, body)
    }
    /// Answers `400` with `body` as JSON.
    pub fn respond_bad_request(self, body: &models::ErrorResponseDtoV3) -> Self {
        self.respond_json(400, body)
    }
    /// Answers `401` with `body` as JSON.
    pub fn respond_unauthorized(self, body: &models::UnauthorizedResponse) -> Self {
        self.respond_json(401, body)
    }
    /// Answers `403` with `body` as JSON.
    pub fn respond_forbidden(self, body: &models::ErrorResponseDtoV3) -> Self {
        self.respond_json(403, body)
    }
    /// Answers `500` with `body` as JSON.
    pub fn respond_internal_server_error(
        self,
        body: &models::ErrorResponseDtoV3,
    ) -> Self {
        self.respond_json(500, body)
    }
}
/// The operation of [`export_role_mining_potential_role_status()`], as `Mock<ExportRoleMiningPotentialRoleStatus>`.
pub enum ExportRoleMiningPotentialRoleStatus {}
/// Expects [`IaiRoleMiningApi::export_role_mining_potential_role_status`](crate::apis::iai_role_mining::IaiRoleMiningApi::export_role_mining_potential_role_status): `GET /role-mining-sessions/{sessionId}/potential-roles/{potentialRoleId}/export-async/{exportId}`.
pub fn export_role_mining_potential_role_status() -> super::Mock<
    ExportRoleMiningPotentialRoleStatus,
> {
    super::Mock::new(
        runtime::Method::GET,
        "/role-mining-sessions/{sessionId}/potential-roles/{potentialRoleId}/export-async/{exportId}",
    )
}
impl super::Mock<ExportRoleMiningPotentialRoleStatus> {
    /// Requires path parameter `sessionId` with `value`, encoded as the client does.
    pub fn session_id(self, value: String) -> Self {
        self.path_param("sessionId", &value, false)
    }
    /// Requires path parameter `potentialRoleId` with `value`, encoded as the client does.
    pub fn potential_role_id(self, value: String) -> Self {
        self.path_param("potentialRoleId", &value, false)
    }
    /// Requires path parameter `exportId` with `value`, encoded as the client does.
    pub fn export_id(self, value: String) -> Self {
        self.path_param("exportId", &value, false)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(
        self,
        body: &models::RoleMiningPotentialRoleExportResponse,
    ) -> Self {
        self.respond_json(200, body)
    }
    /// Answers `400` with `body` as JSON.
    pub fn respond_bad_request(self, body: &models::ErrorResponseDtoV3) -> Self {
        self.respond_json(400, body)
    }
    /// Answers `401` with `body` as JSON.
    pub fn respond_unauthorized(self, body: &models::UnauthorizedResponse) -> Self {
        self.respond_json(401, body)
    }
    /// Answers `403` with `body` as JSON.
    pub fn respond_forbidden(self, body: &models::ErrorResponseDtoV3) -> Self {
        self.respond_json(403, body)
    }
    /// Answers `500` with `body` as JSON.
    pub fn respond_internal_server_error(
        self,
        body: &models::ErrorResponseDtoV3,
    ) -> Self {
        self.respond_json(500, body)
    }
}
/// The operation of [`get_all_potential_role_summaries()`], as `Mock<GetAllPotentialRoleSummaries>`.
pub enum GetAllPotentialRoleSummaries {}
/// Expects [`IaiRoleMiningApi::get_all_potential_role_summaries`](crate::apis::iai_role_mining::IaiRoleMiningApi::get_all_potential_role_summaries): `GET /role-mining-potential-roles`.
pub fn get_all_potential_role_summaries() -> super::Mock<GetAllPotentialRoleSummaries> {
    super::Mock::new(runtime::Method::GET, "/role-mining-potential-roles")
}
impl super::Mock<GetAllPotentialRoleSummaries> {
    /// Requires query parameter `sorters` with `value`, encoded as the client does.
    pub fn sorters(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.query_param("sorters", &value, "form", true)
    }
    /// Requires query parameter `filters` with `value`, encoded as the client does.
    pub fn filters(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.query_param("filters", &value, "form", true)
    }
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
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &Vec<models::RoleMiningPotentialRoleSummary>) -> Self {
        self.respond_json(200, body)
    }
    /// Answers `400` with `body` as JSON.
    pub fn respond_bad_request(self, body: &models::ErrorResponseDtoV3) -> Self {
        self.respond_json(400, body)
    }
    /// Answers `401` with `body` as JSON.
    pub fn respond_unauthorized(self, body: &models::UnauthorizedResponse) -> Self {
        self.respond_json(401, body)
    }
    /// Answers `403` with `body` as JSON.
    pub fn respond_forbidden(self, body: &models::ErrorResponseDtoV3) -> Self {
        self.respond_json(403, body)
    }
    /// Answers `429` with `body` as JSON.
    pub fn respond_too_many_requests(
        self,
        body: &models::TooManyRequestsResponse,
    ) -> Self {
        self.respond_json(429, body)
    }
    /// Answers `500` with `body` as JSON.
    pub fn respond_internal_server_error(
        self,
        body: &models::ErrorResponseDtoV3,
    ) -> Self {
        self.respond_json(500, body)
    }
}
/// The operation of [`get_entitlement_distribution_potential_role()`], as `Mock<GetEntitlementDistributionPotentialRole>`.
pub enum GetEntitlementDistributionPotentialRole {}
/// Expects [`IaiRoleMiningApi::get_entitlement_distribution_potential_role`](crate::apis::iai_role_mining::IaiRoleMiningApi::get_entitlement_distribution_potential_role): `GET /role-mining-sessions/{sessionId}/potential-roles/{potentialRoleId}/entitlement-popularity-distribution`.
pub fn get_entitlement_distribution_potential_role() -> super::Mock<
    GetEntitlementDistributionPotentialRole,
> {
    super::Mock::new(
        runtime::Method::GET,
        "/role-mining-sessions/{sessionId}/potential-roles/{potentialRoleId}/entitlement-popularity-distribution",
    )
}
impl super::Mock<GetEntitlementDistributionPotentialRole> {
    /// Requires path parameter `sessionId` with `value`, encoded as the client does.
    pub fn session_id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("sessionId", &value, false)
    }
    /// Requires path parameter `potentialRoleId` with `value`, encoded as the client does.
    pub fn potential_role_id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("potentialRoleId", &value, false)
    }
    /// Requires query parameter `includeCommonAccess` with `value`, encoded as the client does.
    pub fn include_common_access(self, value: bool) -> Self {
        self.query_param("includeCommonAccess", &value, "form", true)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::indexmap::IndexMap<String, i64>) -> Self {
        self.respond_json(200, body)
    }
    /// Answers `400` with `body` as JSON.
    pub fn respond_bad_request(self, body: &models::ErrorResponseDtoV3) -> Self {
        self.respond_json(400, body)
    }
    /// Answers `401` with `body` as JSON.
    pub fn respond_unauthorized(self, body: &models::UnauthorizedResponse) -> Self {
        self.respond_json(401, body)
    }
    /// Answers `403` with `body` as JSON.
    pub fn respond_forbidden(self, body: &models::ErrorResponseDtoV3) -> Self {
        self.respond_json(403, body)
    }
    /// Answers `500` with `body` as JSON.
    pub fn respond_internal_server_error(
        self,
        body: &models::ErrorResponseDtoV3,
    ) -> Self {
        self.respond_json(500, body)
    }
}
/// The operation of [`get_entitlements_potential_role()`], as `Mock<GetEntitlementsPotentialRole>`.
pub enum GetEntitlementsPotentialRole {}
/// Expects [`IaiRoleMiningApi::get_entitlements_potential_role`](crate::apis::iai_role_mining::IaiRoleMiningApi::get_entitlements_potential_role): `GET /role-mining-sessions/{sessionId}/potential-roles/{potentialRoleId}/entitlement-popularities`.
pub fn get_entitlements_potential_role() -> super::Mock<GetEntitlementsPotentialRole> {
    super::Mock::new(
        runtime::Method::GET,
        "/role-mining-sessions/{sessionId}/potential-roles/{potentialRoleId}/entitlement-popularities",
    )
}
impl super::Mock<GetEntitlementsPotentialRole> {
    /// Requires path parameter `sessionId` with `value`, encoded as the client does.
    pub fn session_id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("sessionId", &value, false)
    }
    /// Requires path parameter `potentialRoleId` with `value`, encoded as the client does.
    pub fn potential_role_id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("potentialRoleId", &value, false)
    }
    /// Requires query parameter `includeCommonAccess` with `value`, encoded as the client does.
    pub fn include_common_access(self, value: bool) -> Self {
        self.query_param("includeCommonAccess", &value, "form", true)
    }
    /// Requires query parameter `sorters` with `value`, encoded as the client does.
    pub fn sorters(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.query_param("sorters", &value, "form", true)
    }
    /// Requires query parameter `filters` with `value`, encoded as the client does.
    pub fn filters(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.query_param("filters", &value, "form", true)
    }
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
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &Vec<models::RoleMiningEntitlement>) -> Self {
        self.respond_json(200, body)
    }
    /// Answers `400` with `body` as JSON.
    pub fn respond_bad_request(self, body: &models::ErrorResponseDtoV3) -> Self {
        self.respond_json(400, body)
    }
    /// Answers `401` with `body` as JSON.
    pub fn respond_unauthorized(self, body: &models::UnauthorizedResponse) -> Self {
        self.respond_json(401, body)
    }
    /// Answers `403` with `body` as JSON.
    pub fn respond_forbidden(self, body: &models::ErrorResponseDtoV3) -> Self {
        self.respond_json(403, body)
    }
    /// Answers `429` with `body` as JSON.
    pub fn respond_too_many_requests(
        self,
        body: &models::TooManyRequestsResponse,
    ) -> Self {
        self.respond_json(429, body)
    }
    /// Answers `500` with `body` as JSON.
    pub fn respond_internal_server_error(
        self,
        body: &models::ErrorResponseDtoV3,
    ) -> Self {
        self.respond_json(500, body)
    }
}
/// The operation of [`get_excluded_entitlements_potential_role()`], as `Mock<GetExcludedEntitlementsPotentialRole>`.
pub enum GetExcludedEntitlementsPotentialRole {}
/// Expects [`IaiRoleMiningApi::get_excluded_entitlements_potential_role`](crate::apis::iai_role_mining::IaiRoleMiningApi::get_excluded_entitlements_potential_role): `GET /role-mining-sessions/{sessionId}/potential-roles/{potentialRoleId}/excluded-entitlements`.
pub fn get_excluded_entitlements_potential_role() -> super::Mock<
    GetExcludedEntitlementsPotentialRole,
> {
    super::Mock::new(
        runtime::Method::GET,
        "/role-mining-sessions/{sessionId}/potential-roles/{potentialRoleId}/excluded-entitlements",
    )
}
impl super::Mock<GetExcludedEntitlementsPotentialRole> {
    /// Requires path parameter `sessionId` with `value`, encoded as the client does.
    pub fn session_id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("sessionId", &value, false)
    }
    /// Requires path parameter `potentialRoleId` with `value`, encoded as the client does.
    pub fn potential_role_id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("potentialRoleId", &value, false)
    }
    /// Requires query parameter `sorters` with `value`, encoded as the client does.
    pub fn sorters(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.query_param("sorters", &value, "form", true)
    }
    /// Requires query parameter `filters` with `value`, encoded as the client does.
    pub fn filters(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.query_param("filters", &value, "form", true)
    }
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
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &Vec<models::RoleMiningEntitlement>) -> Self {
        self.respond_json(200, body)
    }
    /// Answers `400` with `body` as JSON.
    pub fn respond_bad_request(self, body: &models::ErrorResponseDtoV3) -> Self {
        self.respond_json(400, body)
    }
    /// Answers `401` with `body` as JSON.
    pub fn respond_unauthorized(self, body: &models::UnauthorizedResponse) -> Self {
        self.respond_json(401, body)
    }
    /// Answers `403` with `body` as JSON.
    pub fn respond_forbidden(self, body: &models::ErrorResponseDtoV3) -> Self {
        self.respond_json(403, body)
    }
    /// Answers `500` with `body` as JSON.
    pub fn respond_internal_server_error(
        self,
        body: &models::ErrorResponseDtoV3,
    ) -> Self {
        self.respond_json(500, body)
    }
}
/// The operation of [`get_identities_potential_role()`], as `Mock<GetIdentitiesPotentialRole>`.
pub enum GetIdentitiesPotentialRole {}
/// Expects [`IaiRoleMiningApi::get_identities_potential_role`](crate::apis::iai_role_mining::IaiRoleMiningApi::get_identities_potential_role): `GET /role-mining-sessions/{sessionId}/potential-roles/{potentialRoleId}/identities`.
pub fn get_identities_potential_role() -> super::Mock<GetIdentitiesPotentialRole> {
    super::Mock::new(
        runtime::Method::GET,
        "/role-mining-sessions/{sessionId}/potential-roles/{potentialRoleId}/identities",
    )
}
impl super::Mock<GetIdentitiesPotentialRole> {
    /// Requires path parameter `sessionId` with `value`, encoded as the client does.
    pub fn session_id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("sessionId", &value, false)
    }
    /// Requires path parameter `potentialRoleId` with `value`, encoded as the client does.
    pub fn potential_role_id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("potentialRoleId", &value, false)
    }
    /// Requires query parameter `sorters` with `value`, encoded as the client does.
    pub fn sorters(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.query_param("sorters", &value, "form", true)
    }
    /// Requires query parameter `filters` with `value`, encoded as the client does.
    pub fn filters(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.query_param("filters", &value, "form", true)
    }
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
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &Vec<models::RoleMiningIdentity>) -> Self {
        self.respond_json(200, body)
    }
    /// Answers `400` with `body` as JSON.
    pub fn respond_bad_request(self, body: &models::ErrorResponseDtoV3) -> Self {
        self.respond_json(400, body)
    }
    /// Answers `401` with `body` as JSON.
    pub fn respond_unauthorized(self, body: &models::UnauthorizedResponse) -> Self {
        self.respond_json(401, body)
    }
    /// Answers `403` with `body` as JSON.
    pub fn respond_forbidden(self, body: &models::ErrorResponseDtoV3) -> Self {
        self.respond_json(403, body)
    }
    /// Answers `500` with `body` as JSON.
    pub fn respond_internal_server_error(
        self,
        body: &models::ErrorResponseDtoV3,
    ) -> Self {
        self.respond_json(500, body)
    }
}
/// The operation of [`get_potential_role()`], as `Mock<GetPotentialRole>`.
pub enum GetPotentialRole {}
/// Expects [`IaiRoleMiningApi::get_potential_role`](crate::apis::iai_role_mining::IaiRoleMiningApi::get_potential_role): `GET /role-mining-sessions/{sessionId}/potential-role-summaries/{potentialRoleId}`.
pub fn get_potential_role() -> super::Mock<GetPotentialRole> {
    super::Mock::new(
        runtime::Method::GET,
        "/role-mining-sessions/{sessionId}/potential-role-summaries/{potentialRoleId}",
    )
}
impl super::Mock<GetPotentialRole> {
    /// Requires path parameter `sessionId` with `value`, encoded as the client does.
    pub fn session_id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("sessionId", &value, false)
    }
    /// Requires path parameter `potentialRoleId` with `value`, encoded as the client does.
    pub fn potential_role_id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("potentialRoleId", &value, false)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::RoleMiningPotentialRole) -> Self {
        self.respond_json(200, body)
    }
    /// Answers `400` with `body` as JSON.
    pub fn respond_bad_request(self, body: &models::ErrorResponseDtoV3) -> Self {
        self.respond_json(400, body)
    }
    /// Answers `401` with `body` as JSON.
    pub fn respond_unauthorized(self, body: &models::UnauthorizedResponse) -> Self {
        self.respond_json(401, body)
    }
    /// Answers `403` with `body` as JSON.
    pub fn respond_forbidden(self, body: &models::ErrorResponseDtoV3) -> Self {
        self.respond_json(403, body)
    }
    /// Answers `429` with `body` as JSON.
    pub fn respond_too_many_requests(
        self,
        body: &models::TooManyRequestsResponse,
    ) -> Self {
        self.respond_json(429, body)
    }
    /// Answers `500` with `body` as JSON.
    pub fn respond_internal_server_error(
        self,
        body: &models::ErrorResponseDtoV3,
    ) -> Self {
        self.respond_json(500, body)
    }
}
/// The operation of [`get_potential_role_applications()`], as `Mock<GetPotentialRoleApplications>`.
pub enum GetPotentialRoleApplications {}
/// Expects [`IaiRoleMiningApi::get_potential_role_applications`](crate::apis::iai_role_mining::IaiRoleMiningApi::get_potential_role_applications): `GET /role-mining-sessions/{sessionId}/potential-role-summaries/{potentialRoleId}/applications`.
pub fn get_potential_role_applications() -> super::Mock<GetPotentialRoleApplications> {
    super::Mock::new(
        runtime::Method::GET,
        "/role-mining-sessions/{sessionId}/potential-role-summaries/{potentialRoleId}/applications",
    )
}
impl super::Mock<GetPotentialRoleApplications> {
    /// Requires path parameter `sessionId` with `value`, encoded as the client does.
    pub fn session_id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("sessionId", &value, false)
    }
    /// Requires path parameter `potentialRoleId` with `value`, encoded as the client does.
    pub fn potential_role_id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("potentialRoleId", &value, false)
    }
    /// Requires query parameter `filters` with `value`, encoded as the client does.
    pub fn filters(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.query_param("filters", &value, "form", true)
    }
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
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(
        self,
        body: &Vec<models::RoleMiningPotentialRoleApplication>,
    ) -> Self {
        self.respond_json(200, body)
    }
    /// Answers `400` with `body` as JSON.
    pub fn respond_bad_request(self, body: &models::ErrorResponseDtoV3) -> Self {
        self.respond_json(400, body)
    }
    /// Answers `401` with `body` as JSON.
    pub fn respond_unauthorized(self, body: &models::UnauthorizedResponse) -> Self {
        self.respond_json(401, body)
    }
    /// Answers `403` with `body` as JSON.
    pub fn respond_forbidden(self, body: &models::ErrorResponseDtoV3) -> Self {
        self.respond_json(403, body)
    }
    /// Answers `429` with `body` as JSON.
    pub fn respond_too_many_requests(
        self,
        body: &models::TooManyRequestsResponse,
    ) -> Self {
        self.respond_json(429, body)
    }
    /// Answers `500` with `body` as JSON.
    pub fn respond_internal_server_error(
        self,
        body: &models::ErrorResponseDtoV3,
    ) -> Self {
        self.respond_json(500, body)
    }
}
/// The operation of [`get_potential_role_entitlements()`], as `Mock<GetPotentialRoleEntitlements>`.
pub enum GetPotentialRoleEntitlements {}
/// Expects [`IaiRoleMiningApi::get_potential_role_entitlements`](crate::apis::iai_role_mining::IaiRoleMiningApi::get_potential_role_entitlements): `GET /role-mining-sessions/{sessionId}/potential-role-summaries/{potentialRoleId}/entitlements`.
pub fn get_potential_role_entitlements() -> super::Mock<GetPotentialRoleEntitlements> {
    super::Mock::new(
        runtime::Method::GET,
        "/role-mining-sessions/{sessionId}/potential-role-summaries/{potentialRoleId}/entitlements",
    )
}
impl super::Mock<GetPotentialRoleEntitlements> {
    /// Requires path parameter `sessionId` with `value`, encoded as the client does.
    pub fn session_id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("sessionId", &value, false)
    }
    /// Requires path parameter `potentialRoleId` with `value`, encoded as the client does.
    pub fn potential_role_id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("potentialRoleId", &value, false)
    }
    /// Requires query parameter `filters` with `value`, encoded as the client does.
    pub fn filters(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.query_param("filters", &value, "form", true)
    }
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
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(
        self,
        body: &Vec<models::RoleMiningPotentialRoleEntitlements>,
    ) -> Self {
        self.respond_json(200, body)
    }
    /// Answers `400` with `body` as JSON.
    pub fn respond_bad_request(self, body: &models::ErrorResponseDtoV3) -> Self {
        self.respond_json(400, body)
    }
    /// Answers `401` with `body` as JSON.
    pub fn respond_unauthorized(self, body: &models::UnauthorizedResponse) -> Self {
        self.respond_json(401, body)
    }
    /// Answers `403` with `body` as JSON.
    pub fn respond_forbidden(self, body: &models::ErrorResponseDtoV3) -> Self {
        self.respond_json(403, body)
    }
    /// Answers `429` with `body` as JSON.
    pub fn respond_too_many_requests(
        self,
        body: &models::TooManyRequestsResponse,
    ) -> Self {
        self.respond_json(429, body)
    }
    /// Answers `500` with `body` as JSON.
    pub fn respond_internal_server_error(
        self,
        body: &models::ErrorResponseDtoV3,
    ) -> Self {
        self.respond_json(500, body)
    }
}
/// The operation of [`get_potential_role_source_identity_usage()`], as `Mock<GetPotentialRoleSourceIdentityUsage>`.
pub enum GetPotentialRoleSourceIdentityUsage {}
/// Expects [`IaiRoleMiningApi::get_potential_role_source_identity_usage`](crate::apis::iai_role_mining::IaiRoleMiningApi::get_potential_role_source_identity_usage): `GET /role-mining-potential-roles/{potentialRoleId}/sources/{sourceId}/identityUsage`.
pub fn get_potential_role_source_identity_usage() -> super::Mock<
    GetPotentialRoleSourceIdentityUsage,
> {
    super::Mock::new(
        runtime::Method::GET,
        "/role-mining-potential-roles/{potentialRoleId}/sources/{sourceId}/identityUsage",
    )
}
impl super::Mock<GetPotentialRoleSourceIdentityUsage> {
    /// Requires path parameter `potentialRoleId` with `value`, encoded as the client does.
    pub fn potential_role_id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("potentialRoleId", &value, false)
    }
    /// Requires path parameter `sourceId` with `value`, encoded as the client does.
    pub fn source_id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("sourceId", &value, false)
    }
    /// Requires query parameter `sorters` with `value`, encoded as the client does.
    pub fn sorters(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.query_param("sorters", &value, "form", true)
    }
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
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(
        self,
        body: &Vec<models::RoleMiningPotentialRoleSourceUsage>,
    ) -> Self {
        self.respond_json(200, body)
    }
    /// Answers `400` with `body` as JSON.
    pub fn respond_bad_request(self, body: &models::ErrorResponseDtoV3) -> Self {
        self.respond_json(400, body)
    }
    /// Answers `401` with `body` as JSON.
    pub fn respond_unauthorized(self, body: &models::UnauthorizedResponse) -> Self {
        self.respond_json(401, body)
    }
    /// Answers `403` with `body` as JSON.
    pub fn respond_forbidden(self, body: &models::ErrorResponseDtoV3) -> Self {
        self.respond_json(403, body)
    }
    /// Answers `429` with `body` as JSON.
    pub fn respond_too_many_requests(
        self,
        body: &models::TooManyRequestsResponse,
    ) -> Self {
        self.respond_json(429, body)
    }
    /// Answers `500` with `body` as JSON.
    pub fn respond_internal_server_error(
        self,
        body: &models::ErrorResponseDtoV3,
    ) -> Self {
        self.respond_json(500, body)
    }
}
/// The operation of [`get_potential_role_summaries()`], as `Mock<GetPotentialRoleSummaries>`.
pub enum GetPotentialRoleSummaries {}
/// Expects [`IaiRoleMiningApi::get_potential_role_summaries`](crate::apis::iai_role_mining::IaiRoleMiningApi::get_potential_role_summaries): `GET /role-mining-sessions/{sessionId}/potential-role-summaries`.
pub fn get_potential_role_summaries() -> super::Mock<GetPotentialRoleSummaries> {
    super::Mock::new(
        runtime::Method::GET,
        "/role-mining-sessions/{sessionId}/potential-role-summaries",
    )
}
impl super::Mock<GetPotentialRoleSummaries> {
    /// Requires path parameter `sessionId` with `value`, encoded as the client does.
    pub fn session_id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("sessionId", &value, false)
    }
    /// Requires query parameter `sorters` with `value`, encoded as the client does.
    pub fn sorters(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.query_param("sorters", &value, "form", true)
    }
    /// Requires query parameter `filters` with `value`, encoded as the client does.
    pub fn filters(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.query_param("filters", &value, "form", true)
    }
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
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &Vec<models::RoleMiningPotentialRoleSummary>) -> Self {
        self.respond_json(200, body)
    }
    /// Answers `400` with `body` as JSON.
    pub fn respond_bad_request(self, body: &models::ErrorResponseDtoV3) -> Self {
        self.respond_json(400, body)
    }
    /// Answers `401` with `body` as JSON.
    pub fn respond_unauthorized(self, body: &models::UnauthorizedResponse) -> Self {
        self.respond_json(401, body)
    }
    /// Answers `403` with `body` as JSON.
    pub fn respond_forbidden(self, body: &models::ErrorResponseDtoV3) -> Self {
        self.respond_json(403, body)
    }
    /// Answers `429` with `body` as JSON.
    pub fn respond_too_many_requests(
        self,
        body: &models::TooManyRequestsResponse,
    ) -> Self {
        self.respond_json(429, body)
    }
    /// Answers `500` with `body` as JSON.
    pub fn respond_internal_server_error(
        self,
        body: &models::ErrorResponseDtoV3,
    ) -> Self {
        self.respond_json(500, body)
    }
}
/// The operation of [`get_role_mining_potential_role()`], as `Mock<GetRoleMiningPotentialRole>`.
pub enum GetRoleMiningPotentialRole {}
/// Expects [`IaiRoleMiningApi::get_role_mining_potential_role`](crate::apis::iai_role_mining::IaiRoleMiningApi::get_role_mining_potential_role): `GET /role-mining-potential-roles/{potentialRoleId}`.
pub fn get_role_mining_potential_role() -> super::Mock<GetRoleMiningPotentialRole> {
    super::Mock::new(
        runtime::Method::GET,
        "/role-mining-potential-roles/{potentialRoleId}",
    )
}
impl super::Mock<GetRoleMiningPotentialRole> {
    /// Requires path parameter `potentialRoleId` with `value`, encoded as the client does.
    pub fn potential_role_id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("potentialRoleId", &value, false)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::RoleMiningPotentialRole) -> Self {
        self.respond_json(200, body)
    }
    /// Answers `400` with `body` as JSON.
    pub fn respond_bad_request(self, body: &models::ErrorResponseDtoV3) -> Self {
        self.respond_json(400, body)
    }
    /// Answers `401` with `body` as JSON.
    pub fn respond_unauthorized(self, body: &models::UnauthorizedResponse) -> Self {
        self.respond_json(401, body)
    }
    /// Answers `403` with `body` as JSON.
    pub fn respond_forbidden(self, body: &models::ErrorResponseDtoV3) -> Self {
        self.respond_json(403, body)
    }
    /// Answers `429` with `body` as JSON.
    pub fn respond_too_many_requests(
        self,
        body: &models::TooManyRequestsResponse,
    ) -> Self {
        self.respond_json(429, body)
    }
    /// Answers `500` with `body` as JSON.
    pub fn respond_internal_server_error(
        self,
        body: &models::ErrorResponseDtoV3,
    ) -> Self {
        self.respond_json(500, body)
    }
}
/// The operation of [`get_role_mining_session()`], as `Mock<GetRoleMiningSession>`.
pub enum GetRoleMiningSession {}
/// Expects [`IaiRoleMiningApi::get_role_mining_session`](crate::apis::iai_role_mining::IaiRoleMiningApi::get_role_mining_session): `GET /role-mining-sessions/{sessionId}`.
pub fn get_role_mining_session() -> super::Mock<GetRoleMiningSession> {
    super::Mock::new(runtime::Method::GET, "/role-mining-sessions/{sessionId}")
}
impl super::Mock<GetRoleMiningSession> {
    /// Requires path parameter `sessionId` with `value`, encoded as the client does.
    pub fn session_id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("sessionId", &value, false)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::RoleMiningSessionResponse) -> Self {
        self.respond_json(200, body)
    }
    /// Answers `400` with `body` as JSON.
    pub fn respond_bad_request(self, body: &models::ErrorResponseDtoV3) -> Self {
        self.respond_json(400, body)
    }
    /// Answers `401` with `body` as JSON.
    pub fn respond_unauthorized(self, body: &models::ErrorResponseDtoV3) -> Self {
        self.respond_json(401, body)
    }
    /// Answers `403` with `body` as JSON.
    pub fn respond_forbidden(self, body: &models::ErrorResponseDtoV3) -> Self {
        self.respond_json(403, body)
    }
    /// Answers `404` with `body` as JSON.
    pub fn respond_not_found(self, body: &models::ErrorResponseDtoV3) -> Self {
        self.respond_json(404, body)
    }
    /// Answers `429` with `body` as JSON.
    pub fn respond_too_many_requests(
        self,
        body: &models::TooManyRequestsResponse,
    ) -> Self {
        self.respond_json(429, body)
    }
    /// Answers `500` with `body` as JSON.
    pub fn respond_internal_server_error(
        self,
        body: &models::ErrorResponseDtoV3,
    ) -> Self {
        self.respond_json(500, body)
    }
}
/// The operation of [`get_role_mining_session_status()`], as `Mock<GetRoleMiningSessionStatus>`.
pub enum GetRoleMiningSessionStatus {}
/// Expects [`IaiRoleMiningApi::get_role_mining_session_status`](crate::apis::iai_role_mining::IaiRoleMiningApi::get_role_mining_session_status): `GET /role-mining-sessions/{sessionId}/status`.
pub fn get_role_mining_session_status() -> super::Mock<GetRoleMiningSessionStatus> {
    super::Mock::new(runtime::Method::GET, "/role-mining-sessions/{sessionId}/status")
}
impl super::Mock<GetRoleMiningSessionStatus> {
    /// Requires path parameter `sessionId` with `value`, encoded as the client does.
    pub fn session_id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("sessionId", &value, false)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::RoleMiningSessionStatus) -> Self {
        self.respond_json(200, body)
    }
    /// Answers `400` with `body` as JSON.
    pub fn respond_bad_request(self, body: &models::ErrorResponseDtoV3) -> Self {
        self.respond_json(400, body)
    }
    /// Answers `401` with `body` as JSON.
    pub fn respond_unauthorized(self, body: &models::UnauthorizedResponse) -> Self {
        self.respond_json(401, body)
    }
    /// Answers `403` with `body` as JSON.
    pub fn respond_forbidden(self, body: &models::ErrorResponseDtoV3) -> Self {
        self.respond_json(403, body)
    }
    /// Answers `500` with `body` as JSON.
    pub fn respond_internal_server_error(
        self,
        body: &models::ErrorResponseDtoV3,
    ) -> Self {
        self.respond_json(500, body)
    }
}
/// The operation of [`get_role_mining_sessions()`], as `Mock<GetRoleMiningSessions>`.
pub enum GetRoleMiningSessions {}
/// Expects [`IaiRoleMiningApi::get_role_mining_sessions`](crate::apis::iai_role_mining::IaiRoleMiningApi::get_role_mining_sessions): `GET /role-mining-sessions`.
pub fn get_role_mining_sessions() -> super::Mock<GetRoleMiningSessions> {
    super::Mock::new(runtime::Method::GET, "/role-mining-sessions")
}
impl super::Mock<GetRoleMiningSessions> {
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
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &Vec<models::RoleMiningSessionResponse>) -> Self {
        self.respond_json(200, body)
    }
    /// Answers `400` with `body` as JSON.
    pub fn respond_bad_request(self, body: &models::ErrorResponseDtoV3) -> Self {
        self.respond_json(400, body)
    }
    /// Answers `401` with `body` as JSON.
    pub fn respond_unauthorized(self, body: &models::UnauthorizedResponse) -> Self {
        self.respond_json(401, body)
    }
    /// Answers `403` with `body` as JSON.
    pub fn respond_forbidden(self, body: &models::ErrorResponseDtoV3) -> Self {
        self.respond_json(403, body)
    }
    /// Answers `429` with `body` as JSON.
    pub fn respond_too_many_requests(
        self,
        body: &models::TooManyRequestsResponse,
    ) -> Self {
        self.respond_json(429, body)
    }
    /// Answers `500` with `body` as JSON.
    pub fn respond_internal_server_error(
        self,
        body: &models::ErrorResponseDtoV3,
    ) -> Self {
        self.respond_json(500, body)
    }
}
/// The operation of [`get_saved_potential_roles()`], as `Mock<GetSavedPotentialRoles>`.
pub enum GetSavedPotentialRoles {}
/// Expects [`IaiRoleMiningApi::get_saved_potential_roles`](crate::apis::iai_role_mining::IaiRoleMiningApi::get_saved_potential_roles): `GET /role-mining-potential-roles/saved`.
pub fn get_saved_potential_roles() -> super::Mock<GetSavedPotentialRoles> {
    super::Mock::new(runtime::Method::GET, "/role-mining-potential-roles/saved")
}
impl super::Mock<GetSavedPotentialRoles> {
    /// Requires query parameter `sorters` with `value`, encoded as the client does.
    pub fn sorters(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.query_param("sorters", &value, "form", true)
    }
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
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &Vec<models::RoleMiningSessionDraftRoleDto>) -> Self {
        self.respond_json(200, body)
    }
    /// Answers `400` with `body` as JSON.
    pub fn respond_bad_request(self, body: &models::ErrorResponseDtoV3) -> Self {
        self.respond_json(400, body)
    }
    /// Answers `401` with `body` as JSON.
    pub fn respond_unauthorized(self, body: &models::UnauthorizedResponse) -> Self {
        self.respond_json(401, body)
    }
    /// Answers `403` with `body` as JSON.
    pub fn respond_forbidden(self, body: &models::ErrorResponseDtoV3) -> Self {
        self.respond_json(403, body)
    }
    /// Answers `429` with `body` as JSON.
    pub fn respond_too_many_requests(
        self,
        body: &models::TooManyRequestsResponse,
    ) -> Self {
        self.respond_json(429, body)
    }
    /// Answers `500` with `body` as JSON.
    pub fn respond_internal_server_error(
        self,
        body: &models::ErrorResponseDtoV3,
    ) -> Self {
        self.respond_json(500, body)
    }
}
/// The operation of [`patch_potential_role_session()`], as `Mock<PatchPotentialRoleSession>`.
pub enum PatchPotentialRoleSession {}
/// Expects [`IaiRoleMiningApi::patch_potential_role_session`](crate::apis::iai_role_mining::IaiRoleMiningApi::patch_potential_role_session): `PATCH /role-mining-sessions/{sessionId}/potential-role-summaries/{potentialRoleId}`.
pub fn patch_potential_role_session() -> super::Mock<PatchPotentialRoleSession> {
    super::Mock::new(
        runtime::Method::PATCH,
        "/role-mining-sessions/{sessionId}/potential-role-summaries/{potentialRoleId}",
    )
}
impl super::Mock<PatchPotentialRoleSession> {
    /// Requires path parameter `sessionId` with `value`, encoded as the client does.
    pub fn session_id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("sessionId", &value, false)
    }
    /// Requires path parameter `potentialRoleId` with `value`, encoded as the client does.
    pub fn potential_role_id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("potentialRoleId", &value, false)
    }
    /// Requires a JSON body equal to `value`.
    pub fn body(self, value: &Vec<models::JsonPatchOperationRoleMining>) -> Self {
        self.json_body(value)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(
        self,
        body: &models::primitives::OneOrMany<models::RoleMiningPotentialRole>,
    ) -> Self {
        self.respond_json(200, body)
    }
    /// Answers `400` with `body` as JSON.
    pub fn respond_bad_request(self, body: &models::ErrorResponseDtoV3) -> Self {
        self.respond_json(400, body)
    }
    /// Answers `401` with `body` as JSON.
    pub fn respond_unauthorized(self, body: &models::UnauthorizedResponse) -> Self {
        self.respond_json(401, body)
    }
    /// Answers `403` with `body` as JSON.
    pub fn respond_forbidden(self, body: &models::ErrorResponseDtoV3) -> Self {
        self.respond_json(403, body)
    }
    /// Answers `404` with `body` as JSON.
    pub fn respond_not_found(self, body: &models::ErrorResponseDtoV3) -> Self {
        self.respond_json(404, body)
    }
    /// Answers `429` with `body` as JSON.
    pub fn respond_too_many_requests(
        self,
        body: &models::TooManyRequestsResponse,
    ) -> Self {
        self.respond_json(429, body)
    }
    /// Answers `500` with `body` as JSON.
    pub fn respond_internal_server_error(
        self,
        body: &models::ErrorResponseDtoV3,
    ) -> Self {
        self.respond_json(500, body)
    }
}
/// The operation of [`patch_role_mining_potential_role()`], as `Mock<PatchRoleMiningPotentialRole>`.
pub enum PatchRoleMiningPotentialRole {}
/// Expects [`IaiRoleMiningApi::patch_role_mining_potential_role`](crate::apis::iai_role_mining::IaiRoleMiningApi::patch_role_mining_potential_role): `PATCH /role-mining-potential-roles/{potentialRoleId}`.
pub fn patch_role_mining_potential_role() -> super::Mock<PatchRoleMiningPotentialRole> {
    super::Mock::new(
        runtime::Method::PATCH,
        "/role-mining-potential-roles/{potentialRoleId}",
    )
}
impl super::Mock<PatchRoleMiningPotentialRole> {
    /// Requires path parameter `potentialRoleId` with `value`, encoded as the client does.
    pub fn potential_role_id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("potentialRoleId", &value, false)
    }
    /// Requires a JSON body equal to `value`.
    pub fn body(self, value: &Vec<models::JsonPatchOperationRoleMining>) -> Self {
        self.json_body(value)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(
        self,
        body: &models::primitives::OneOrMany<models::RoleMiningPotentialRole>,
    ) -> Self {
        self.respond_json(200, body)
    }
    /// Answers `400` with `body` as JSON.
    pub fn respond_bad_request(self, body: &models::ErrorResponseDtoV3) -> Self {
        self.respond_json(400, body)
    }
    /// Answers `401` with `body` as JSON.
    pub fn respond_unauthorized(self, body: &models::UnauthorizedResponse) -> Self {
        self.respond_json(401, body)
    }
    /// Answers `403` with `body` as JSON.
    pub fn respond_forbidden(self, body: &models::ErrorResponseDtoV3) -> Self {
        self.respond_json(403, body)
    }
    /// Answers `404` with `body` as JSON.
    pub fn respond_not_found(self, body: &models::ErrorResponseDtoV3) -> Self {
        self.respond_json(404, body)
    }
    /// Answers `429` with `body` as JSON.
    pub fn respond_too_many_requests(
        self,
        body: &models::TooManyRequestsResponse,
    ) -> Self {
        self.respond_json(429, body)
    }
    /// Answers `500` with `body` as JSON.
    pub fn respond_internal_server_error(
        self,
        body: &models::ErrorResponseDtoV3,
    ) -> Self {
        self.respond_json(500, body)
    }
}
/// The operation of [`patch_role_mining_session()`], as `Mock<PatchRoleMiningSession>`.
pub enum PatchRoleMiningSession {}
/// Expects [`IaiRoleMiningApi::patch_role_mining_session`](crate::apis::iai_role_mining::IaiRoleMiningApi::patch_role_mining_session): `PATCH /role-mining-sessions/{sessionId}`.
pub fn patch_role_mining_session() -> super::Mock<PatchRoleMiningSession> {
    super::Mock::new(runtime::Method::PATCH, "/role-mining-sessions/{sessionId}")
}
impl super::Mock<PatchRoleMiningSession> {
    /// Requires path parameter `sessionId` with `value`, encoded as the client does.
    pub fn session_id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("sessionId", &value, false)
    }
    /// Requires a JSON body equal to `value`.
    pub fn body(self, value: &Vec<models::JsonPatchOperation>) -> Self {
        self.json_body(value)
    }
    /// Answers `202` with `body` as JSON.
    pub fn respond_accepted(self, body: &models::serde_json::Value) -> Self {
        self.respond_json(202, body)
    }
    /// Answers `400` with `body` as JSON.
    pub fn respond_bad_request(self, body: &models::ErrorResponseDtoV3) -> Self {
        self.respond_json(400, body)
    }
    /// Answers `401` with `body` as JSON.
    pub fn respond_unauthorized(self, body: &models::UnauthorizedResponse) -> Self {
        self.respond_json(401, body)
    }
    /// Answers `403` with `body` as JSON.
    pub fn respond_forbidden(self, body: &models::ErrorResponseDtoV3) -> Self {
        self.respond_json(403, body)
    }
    /// Answers `404` with `body` as JSON.
    pub fn respond_not_found(self, body: &models::ErrorResponseDtoV3) -> Self {
        self.respond_json(404, body)
    }
    /// Answers `429` with `body` as JSON.
    pub fn respond_too_many_requests(
        self,
        body: &models::TooManyRequestsResponse,
    ) -> Self {
        self.respond_json(429, body)
    }
    /// Answers `500` with `body` as JSON.
    pub fn respond_internal_server_error(
        self,
        body: &models::ErrorResponseDtoV3,
    ) -> Self {
        self.respond_json(500, body)
    }
}
/// The operation of [`update_entitlements_potential_role()`], as `Mock<UpdateEntitlementsPotentialRole>`.
pub enum UpdateEntitlementsPotentialRole {}
/// Expects [`IaiRoleMiningApi::update_entitlements_potential_role`](crate::apis::iai_role_mining::IaiRoleMiningApi::update_entitlements_potential_role): `POST /role-mining-sessions/{sessionId}/potential-roles/{potentialRoleId}/edit-entitlements`.
pub fn update_entitlements_potential_role() -> super::Mock<
    UpdateEntitlementsPotentialRole,
> {
    super::Mock::new(
        runtime::Method::POST,
        "/role-mining-sessions/{sessionId}/potential-roles/{potentialRoleId}/edit-entitlements",
    )
}
impl super::Mock<UpdateEntitlementsPotentialRole> {
    /// Requires path parameter `sessionId` with `value`, encoded as the client does.
    pub fn session_id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("sessionId", &value, false)
    }
    /// Requires path parameter `potentialRoleId` with `value`, encoded as the client does.
    pub fn potential_role_id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("potentialRoleId", &value, false)
    }
    /// Requires a JSON body equal to `value`.
    pub fn body(self, value: &models::RoleMiningPotentialRoleEditEntitlements) -> Self {
        self.json_body(value)
    }
    /// Answers `201` with `body` as JSON.
    pub fn respond_created(self, body: &models::RoleMiningPotentialRole) -> Self {
        self.respond_json(201, body)
    }
    /// Answers `400` with `body` as JSON.
    pub fn respond_bad_request(self, body: &models::ErrorResponseDtoV3) -> Self {
        self.respond_json(400, body)
    }
    /// Answers `401` with `body` as JSON.
    pub fn respond_unauthorized(self, body: &models::UnauthorizedResponse) -> Self {
        self.respond_json(401, body)
    }
    /// Answers `403` with `body` as JSON.
    pub fn respond_forbidden(self, body: &models::ErrorResponseDtoV3) -> Self {
        self.respond_json(403, body)
    }
    /// Answers `500` with `body` as JSON.
    pub fn respond_internal_server_error(
        self,
        body: &models::ErrorResponseDtoV3,
    ) -> Self {
        self.respond_json(500, body)
    }
}
