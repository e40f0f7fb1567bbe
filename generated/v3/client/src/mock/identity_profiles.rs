//! Typed expectations of the operations tagged `Identity Profiles`: `server.expect(mock::identity_profiles::<operation>()...)`.
#[allow(unused_imports)]
use crate::{models, runtime};
/// The operation of [`create_identity_profile()`], as `Mock<CreateIdentityProfile>`.
pub enum CreateIdentityProfile {}
/// Expects [`IdentityProfilesApi::create_identity_profile`](crate::apis::identity_profiles::IdentityProfilesApi::create_identity_profile): `POST /identity-profiles`.
pub fn create_identity_profile() -> super::Mock<CreateIdentityProfile> {
    super::Mock::new(runtime::Method::POST, "/identity-profiles")
}
impl super::Mock<CreateIdentityProfile> {
    /// Requires a JSON body equal to `value`.
    pub fn body(self, value: &models::IdentityProfile) -> Self {
        self.json_body(value)
    }
    /// Answers `201` with `body` as JSON.
    pub fn respond_created(self, body: &models::IdentityProfile) -> Self {
        self.respond_json(201, body)
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
/// The operation of [`delete_identity_profile()`], as `Mock<DeleteIdentityProfile>`.
pub enum DeleteIdentityProfile {}
/// Expects [`IdentityProfilesApi::delete_identity_profile`](crate::apis::identity_profiles::IdentityProfilesApi::delete_identity_profile): `DELETE /identity-profiles/{identity-profile-id}`.
pub fn delete_identity_profile() -> super::Mock<DeleteIdentityProfile> {
    super::Mock::new(runtime::Method::DELETE, "/identity-profiles/{identity-profile-id}")
}
impl super::Mock<DeleteIdentityProfile> {
    /// Requires path parameter `identity-profile-id` with `value`, encoded as the client does.
    pub fn identity_profile_id(self, value: String) -> Self {
        self.path_param("identity-profile-id", &value, false)
    }
    /// Answers `202` with `body` as JSON.
    pub fn respond_accepted(self, body: &models::TaskResultSimplified) -> Self {
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
/// The operation of [`delete_identity_profiles()`], as `Mock<DeleteIdentityProfiles>`.
pub enum DeleteIdentityProfiles {}
/// Expects [`IdentityProfilesApi::delete_identity_profiles`](crate::apis::identity_profiles::IdentityProfilesApi::delete_identity_profiles): `POST /identity-profiles/bulk-delete`.
pub fn delete_identity_profiles() -> super::Mock<DeleteIdentityProfiles> {
    super::Mock::new(runtime::Method::POST, "/identity-profiles/bulk-delete")
}
impl super::Mock<DeleteIdentityProfiles> {
    /// Requires a JSON body equal to `value`.
    pub fn body(self, value: &Vec<String>) -> Self {
        self.json_body(value)
    }
    /// Answers `202` with `body` as JSON.
    pub fn respond_accepted(self, body: &models::TaskResultSimplified) -> Self {
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
/// The operation of [`export_identity_profiles()`], as `Mock<ExportIdentityProfiles>`.
pub enum ExportIdentityProfiles {}
/// Expects [`IdentityProfilesApi::export_identity_profiles`](crate::apis::identity_profiles::IdentityProfilesApi::export_identity_profiles): `GET /identity-profiles/export`.
pub fn export_identity_profiles() -> super::Mock<ExportIdentityProfiles> {
    super::Mock::new(runtime::Method::GET, "/identity-profiles/export")
}
impl super::Mock<ExportIdentityProfiles> {
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
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &Vec<models::IdentityProfileExportedObject>) -> Self {
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
/// The operation of [`get_default_identity_attribute_config()`], as `Mock<GetDefaultIdentityAttributeConfig>`.
pub enum GetDefaultIdentityAttributeConfig {}
/// Expects [`IdentityProfilesApi::get_default_identity_attribute_config`](crate::apis::identity_profiles::IdentityProfilesApi::get_default_identity_attribute_config): `GET /identity-profiles/{identity-profile-id}/default-identity-attribute-config`.
pub fn get_default_identity_attribute_config() -> super::Mock<
    GetDefaultIdentityAttributeConfig,
> {
    super::Mock::new(
        runtime::Method::GET,
        "/identity-profiles/{identity-profile-id}/default-identity-attribute-config",
    )
}
impl super::Mock<GetDefaultIdentityAttributeConfig> {
    /// Requires path parameter `identity-profile-id` with `value`, encoded as the client does.
    pub fn identity_profile_id(self, value: String) -> Self {
        self.path_param("identity-profile-id", &value, false)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::IdentityAttributeConfig) -> Self {
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
/// The operation of [`get_identity_profile()`], as `Mock<GetIdentityProfile>`.
pub enum GetIdentityProfile {}
/// Expects [`IdentityProfilesApi::get_identity_profile`](crate::apis::identity_profiles::IdentityProfilesApi::get_identity_profile): `GET /identity-profiles/{identity-profile-id}`.
pub fn get_identity_profile() -> super::Mock<GetIdentityProfile> {
    super::Mock::new(runtime::Method::GET, "/identity-profiles/{identity-profile-id}")
}
impl super::Mock<GetIdentityProfile> {
    /// Requires path parameter `identity-profile-id` with `value`, encoded as the client does.
    pub fn identity_profile_id(self, value: String) -> Self {
        self.path_param("identity-profile-id", &value, false)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::IdentityProfile) -> Self {
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
/// The operation of [`import_identity_profiles()`], as `Mock<ImportIdentityProfiles>`.
pub enum ImportIdentityProfiles {}
/// Expects [`IdentityProfilesApi::import_identity_profiles`](crate::apis::identity_profiles::IdentityProfilesApi::import_identity_profiles): `POST /identity-profiles/import`.
pub fn import_identity_profiles() -> super::Mock<ImportIdentityProfiles> {
    super::Mock::new(runtime::Method::POST, "/identity-profiles/import")
}
impl super::Mock<ImportIdentityProfiles> {
    /// Requires a JSON body equal to `value`.
    pub fn body(self, value: &Vec<models::IdentityProfileExportedObject>) -> Self {
        self.json_body(value)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::ImportObjectResponseBody) -> Self {
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
/// The operation of [`list_identity_profiles()`], as `Mock<ListIdentityProfiles>`.
pub enum ListIdentityProfiles {}
/// Expects [`IdentityProfilesApi::list_identity_profiles`](crate::apis::identity_profiles::IdentityProfilesApi::list_identity_profiles): `GET /identity-profiles`.
pub fn list_identity_profiles() -> super::Mock<ListIdentityProfiles> {
    super::Mock::new(runtime::Method::GET, "/identity-profiles")
}
impl super::Mock<ListIdentityProfiles> {
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
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &Vec<models::IdentityProfile>) -> Self {
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
/// The operation of [`show_identity_preview()`], as `Mock<ShowIdentityPreview>`.
pub enum ShowIdentityPreview {}
/// Expects [`IdentityProfilesApi::show_identity_preview`](crate::apis::identity_profiles::IdentityProfilesApi::show_identity_preview): `POST /identity-profiles/identity-preview`.
pub fn show_identity_preview() -> super::Mock<ShowIdentityPreview> {
    super::Mock::new(runtime::Method::POST, "/identity-profiles/identity-preview")
}
impl super::Mock<ShowIdentityPreview> {
    /// Requires a JSON body equal to `value`.
    pub fn body(self, value: &models::IdentityPreviewRequest) -> Self {
        self.json_body(value)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::IdentityPreviewResponse) -> Self {
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
/// The operation of [`sync_identity_profile()`], as `Mock<SyncIdentityProfile>`.
pub enum SyncIdentityProfile {}
/// Expects [`IdentityProfilesApi::sync_identity_profile`](crate::apis::identity_profiles::IdentityProfilesApi::sync_identity_profile): `POST /identity-profiles/{identity-profile-id}/process-identities`.
pub fn sync_identity_profile() -> super::Mock<SyncIdentityProfile> {
    super::Mock::new(
        runtime::Method::POST,
        "/identity-profiles/{identity-profile-id}/process-identities",
    )
}
impl super::Mock<SyncIdentityProfile> {
    /// Requires path parameter `identity-profile-id` with `value`, encoded as the client does.
    pub fn identity_profile_id(self, value: String) -> Self {
        self.path_param("identity-profile-id", &value, false)
    }
    /// Answers `202` with `body` as JSON.
    pub fn respond_accepted(self, body: &models::serde_json::Value) -> Self {
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
/// The operation of [`update_identity_profile()`], as `Mock<UpdateIdentityProfile>`.
pub enum UpdateIdentityProfile {}
/// Expects [`IdentityProfilesApi::update_identity_profile`](crate::apis::identity_profiles::IdentityProfilesApi::update_identity_profile): `PATCH /identity-profiles/{identity-profile-id}`.
pub fn update_identity_profile() -> super::Mock<UpdateIdentityProfile> {
    super::Mock::new(runtime::Method::PATCH, "/identity-profiles/{identity-profile-id}")
}
impl super::Mock<UpdateIdentityProfile> {
    /// Requires path parameter `identity-profile-id` with `value`, encoded as the client does.
    pub fn identity_profile_id(self, value: String) -> Self {
        self.path_param("identity-profile-id", &value, false)
    }
    /// Requires a JSON body equal to `value`.
    pub fn body(self, value: &Vec<models::JsonPatchOperation>) -> Self {
        self.json_body(value)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::IdentityProfile) -> Self {
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
