//! Typed expectations of the operations tagged `Identities`: `server.expect(mock::identities::<operation>()...)`.
#[allow(unused_imports)]
use crate::{models, runtime};
/// The operation of [`delete_identity()`], as `Mock<DeleteIdentity>`.
pub enum DeleteIdentity {}
/// Expects [`IdentitiesApi::delete_identity`](crate::apis::identities::IdentitiesApi::delete_identity): `DELETE /identities/{id}`.
pub fn delete_identity() -> super::Mock<DeleteIdentity> {
    super::Mock::new(runtime::Method::DELETE, "/identities/{id}")
}
impl super::Mock<DeleteIdentity> {
    /// Requires path parameter `id` with `value`, encoded as the client does.
    pub fn id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("id", &value, false)
    }
    /// Answers `204` with no body.
    pub fn respond_no_content(self) -> Self {
        self.respond_empty(204)
    }
    /// Answers `400` with `body` as JSON.
    pub fn respond_bad_request(self, body: &models::IdentityAssociationDetails) -> Self {
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
/// The operation of [`get_identity()`], as `Mock<GetIdentity>`.
pub enum GetIdentity {}
/// Expects [`IdentitiesApi::get_identity`](crate::apis::identities::IdentitiesApi::get_identity): `GET /identities/{id}`.
pub fn get_identity() -> super::Mock<GetIdentity> {
    super::Mock::new(runtime::Method::GET, "/identities/{id}")
}
impl super::Mock<GetIdentity> {
    /// Requires path parameter `id` with `value`, encoded as the client does.
    pub fn id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("id", &value, false)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::IdentityDto) -> Self {
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
/// The operation of [`get_identity_ownership_details()`], as `Mock<GetIdentityOwnershipDetails>`.
pub enum GetIdentityOwnershipDetails {}
/// Expects [`IdentitiesApi::get_identity_ownership_details`](crate::apis::identities::IdentitiesApi::get_identity_ownership_details): `GET /identities/{identityId}/ownership`.
pub fn get_identity_ownership_details() -> super::Mock<GetIdentityOwnershipDetails> {
    super::Mock::new(runtime::Method::GET, "/identities/{identityId}/ownership")
}
impl super::Mock<GetIdentityOwnershipDetails> {
    /// Requires path parameter `identityId` with `value`, encoded as the client does.
    pub fn identity_id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("identityId", &value, false)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::IdentityOwnershipAssociationDetails) -> Self {
        self.respond_json(200, body)
    }
    /// Answers `200` with the spec's example.
    pub fn respond_ok_example(self) -> Self {
        self.respond_json_text(
            200,
            "{\"associationDetails\":{\"associationType\":\"ROLE_OWNER\",\"entities\":[{\"id\":\"b660a232f05b4e04812ca974b3011e0f\",\"name\":\"Gaston.800ddf9640a\",\"type\":\"ROLE\"}]}}",
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
/// The operation of [`get_role_assignment()`], as `Mock<GetRoleAssignment>`.
pub enum GetRoleAssignment {}
/// Expects [`IdentitiesApi::get_role_assignment`](crate::apis::identities::IdentitiesApi::get_role_assignment): `GET /identities/{identityId}/role-assignments/{assignmentId}`.
pub fn get_role_assignment() -> super::Mock<GetRoleAssignment> {
    super::Mock::new(
        runtime::Method::GET,
        "/identities/{identityId}/role-assignments/{assignmentId}",
    )
}
impl super::Mock<GetRoleAssignment> {
    /// Requires path parameter `identityId` with `value`, encoded as the client does.
    pub fn identity_id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("identityId", &value, false)
    }
    /// Requires path parameter `assignmentId` with `value`, encoded as the client does.
    pub fn assignment_id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("assignmentId", &value, false)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::RoleAssignmentDto) -> Self {
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
/// The operation of [`get_role_assignments()`], as `Mock<GetRoleAssignments>`.
pub enum GetRoleAssignments {}
/// Expects [`IdentitiesApi::get_role_assignments`](crate::apis::identities::IdentitiesApi::get_role_assignments): `GET /identities/{identityId}/role-assignments`.
pub fn get_role_assignments() -> super::Mock<GetRoleAssignments> {
    super::Mock::new(runtime::Method::GET, "/identities/{identityId}/role-assignments")
}
impl super::Mock<GetRoleAssignments> {
    /// Requires path parameter `identityId` with `value`, encoded as the client does.
    pub fn identity_id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("identityId", &value, false)
    }
    /// Requires query parameter `roleId` with `value`, encoded as the client does.
    pub fn role_id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.query_param("roleId", &value, "form", true)
    }
    /// Requires query parameter `roleName` with `value`, encoded as the client does.
    pub fn role_name(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.query_param("roleName", &value, "form", true)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &Vec<models::GetRoleAssignmentsResponseItem>) -> Self {
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
/// The operation of [`list_entitlements_by_identity()`], as `Mock<ListEntitlementsByIdentity>`.
pub enum ListEntitlementsByIdentity {}
/// Expects [`IdentitiesApi::list_entitlements_by_identity`](crate::apis::identities::IdentitiesApi::list_entitlements_by_identity): `GET /entitlements/identities/{id}/entitlements`.
pub fn list_entitlements_by_identity() -> super::Mock<ListEntitlementsByIdentity> {
    super::Mock::new(runtime::Method::GET, "/entitlements/identities/{id}/entitlements")
}
impl super::Mock<ListEntitlementsByIdentity> {
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
    /// Requires query parameter `count` with `value`, encoded as the client does.
    pub fn count(self, value: bool) -> Self {
        self.query_param("count", &value, "form", true)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &Vec<models::IdentityEntitlements>) -> Self {
        self.respond_json(200, body)
    }
    /// Answers `200` with the spec's example.
    pub fn respond_ok_example(self) -> Self {
        self.respond_json_text(
            200,
            "[{\"type\":\"ENTITLEMENT\",\"id\":\"2c918087682f9a86016839c050861ab1\",\"name\":\"CN=Information Access,OU=test,OU=test-service,DC=TestAD,DC=local\"},{\"type\":\"ENTITLEMENT\",\"id\":\"2c918087682f9a86016839c0509c1ab2\",\"name\":\"CN=Information Technology,OU=test,OU=test-service,DC=TestAD,DC=local\"},{\"type\":\"ENTITLEMENT\",\"id\":\"2c9180886bd256ae016bd2593fe5009e\",\"name\":\"CN=HelpDesk,OU=test,OU=test-service,DC=TestAD,DC=local\"}]",
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
/// The operation of [`list_identities()`], as `Mock<ListIdentities>`.
pub enum ListIdentities {}
/// Expects [`IdentitiesApi::list_identities`](crate::apis::identities::IdentitiesApi::list_identities): `GET /identities`.
pub fn list_identities() -> super::Mock<ListIdentities> {
    super::Mock::new(runtime::Method::GET, "/identities")
}
impl super::Mock<ListIdentities> {
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
    /// Requires query parameter `defaultFilter` with `value`, encoded as the client does.
    pub fn default_filter(self, value: models::ListIdentitiesDefaultFilter) -> Self {
        self.query_param("defaultFilter", &value, "form", true)
    }
    /// Requires query parameter `count` with `value`, encoded as the client does.
    pub fn count(self, value: bool) -> Self {
        self.query_param("count", &value, "form", true)
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
    pub fn respond_ok(self, body: &Vec<models::IdentityDto>) -> Self {
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
/// The operation of [`reset_identity()`], as `Mock<ResetIdentity>`.
pub enum ResetIdentity {}
/// Expects [`IdentitiesApi::reset_identity`](crate::apis::identities::IdentitiesApi::reset_identity): `POST /identities/{identityId}/reset`.
pub fn reset_identity() -> super::Mock<ResetIdentity> {
    super::Mock::new(runtime::Method::POST, "/identities/{identityId}/reset")
}
impl super::Mock<ResetIdentity> {
    /// Requires path parameter `identityId` with `value`, encoded as the client does.
    pub fn identity_id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("identityId", &value, false)
    }
    /// Answers `202` with no body.
    pub fn respond_accepted(self) -> Self {
        self.respond_empty(202)
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
/// The operation of [`send_identity_verification_account_token()`], as `Mock<SendIdentityVerificationAccountToken>`.
pub enum SendIdentityVerificationAccountToken {}
/// Expects [`IdentitiesApi::send_identity_verification_account_token`](crate::apis::identities::IdentitiesApi::send_identity_verification_account_token): `POST /identities/{id}/verification/account/send`.
pub fn send_identity_verification_account_token() -> super::Mock<
    SendIdentityVerificationAccountToken,
> {
    super::Mock::new(runtime::Method::POST, "/identities/{id}/verification/account/send")
}
impl super::Mock<SendIdentityVerificationAccountToken> {
    /// Requires path parameter `id` with `value`, encoded as the client does.
    pub fn id(self, value: String) -> Self {
        self.path_param("id", &value, false)
    }
    /// Requires a JSON body equal to `value`.
    pub fn body(self, value: &models::SendAccountVerificationRequest) -> Self {
        self.json_body(value)
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
/// The operation of [`start_identities_invite()`], as `Mock<StartIdentitiesInvite>`.
pub enum StartIdentitiesInvite {}
/// Expects [`IdentitiesApi::start_identities_invite`](crate::apis::identities::IdentitiesApi::start_identities_invite): `POST /identities/invite`.
pub fn start_identities_invite() -> super::Mock<StartIdentitiesInvite> {
    super::Mock::new(runtime::Method::POST, "/identities/invite")
}
impl super::Mock<StartIdentitiesInvite> {
    /// Requires a JSON body equal to `value`.
    pub fn body(self, value: &models::InviteIdentitiesRequest) -> Self {
        self.json_body(value)
    }
    /// Answers `202` with `body` as JSON.
    pub fn respond_accepted(self, body: &models::TaskStatus) -> Self {
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
/// The operation of [`start_identity_processing()`], as `Mock<StartIdentityProcessing>`.
pub enum StartIdentityProcessing {}
/// Expects [`IdentitiesApi::start_identity_processing`](crate::apis::identities::IdentitiesApi::start_identity_processing): `POST /identities/process`.
pub fn start_identity_processing() -> super::Mock<StartIdentityProcessing> {
    super::Mock::new(runtime::Method::POST, "/identities/process")
}
impl super::Mock<StartIdentityProcessing> {
    /// Requires a JSON body equal to `value`.
    pub fn body(self, value: &models::ProcessIdentitiesRequest) -> Self {
        self.json_body(value)
    }
    /// Answers `202` with `body` as JSON.
    pub fn respond_accepted(self, body: &models::TaskResultResponse) -> Self {
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
/// The operation of [`synchronize_attributes_for_identity()`], as `Mock<SynchronizeAttributesForIdentity>`.
pub enum SynchronizeAttributesForIdentity {}
/// Expects [`IdentitiesApi::synchronize_attributes_for_identity`](crate::apis::identities::IdentitiesApi::synchronize_attributes_for_identity): `POST /identities/{identityId}/synchronize-attributes`.
pub fn synchronize_attributes_for_identity() -> super::Mock<
    SynchronizeAttributesForIdentity,
> {
    super::Mock::new(
        runtime::Method::POST,
        "/identities/{identityId}/synchronize-attributes",
    )
}
impl super::Mock<SynchronizeAttributesForIdentity> {
    /// Requires path parameter `identityId` with `value`, encoded as the client does.
    pub fn identity_id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("identityId", &value, false)
    }
    /// Answers `202` with `body` as JSON.
    pub fn respond_accepted(self, body: &models::IdentitySyncJob) -> Self {
        self.respond_json(202, body)
    }
    /// Answers `202` with the spec's example.
    pub fn respond_accepted_example(self) -> Self {
        self.respond_json_text(
            202,
            "{\"id\":\"0f11f2a4-7c94-4bf3-a2bd-742580fe3dfc\",\"status\":\"IN_PROGRESS\",\"payload\":{\"type\":\"SYNCHRONIZE_IDENTITY_ATTRIBUTES\",\"dataJson\":\"{\\\"identityId\\\":\\\"2c918083746f642c01746f990884012a\\\"}\"}}",
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
