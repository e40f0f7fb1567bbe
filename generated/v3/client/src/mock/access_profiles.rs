//! Typed expectations of the operations tagged `Access Profiles`: `server.expect(mock::access_profiles::<operation>()...)`.
#[allow(unused_imports)]
use crate::{models, runtime};
/// The operation of [`create_access_profile()`], as `Mock<CreateAccessProfile>`.
pub enum CreateAccessProfile {}
/// Expects [`AccessProfilesApi::create_access_profile`](crate::apis::access_profiles::AccessProfilesApi::create_access_profile): `POST /access-profiles`.
pub fn create_access_profile() -> super::Mock<CreateAccessProfile> {
    super::Mock::new(runtime::Method::POST, "/access-profiles")
}
impl super::Mock<CreateAccessProfile> {
    /// Requires a JSON body equal to `value`.
    pub fn body(self, value: &models::AccessProfile) -> Self {
        self.json_body(value)
    }
    /// Answers `201` with `body` as JSON.
    pub fn respond_created(self, body: &models::AccessProfile) -> Self {
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
/// The operation of [`delete_access_profile()`], as `Mock<DeleteAccessProfile>`.
pub enum DeleteAccessProfile {}
/// Expects [`AccessProfilesApi::delete_access_profile`](crate::apis::access_profiles::AccessProfilesApi::delete_access_profile): `DELETE /access-profiles/{id}`.
pub fn delete_access_profile() -> super::Mock<DeleteAccessProfile> {
    super::Mock::new(runtime::Method::DELETE, "/access-profiles/{id}")
}
impl super::Mock<DeleteAccessProfile> {
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
/// The operation of [`delete_access_profiles_in_bulk()`], as `Mock<DeleteAccessProfilesInBulk>`.
pub enum DeleteAccessProfilesInBulk {}
/// Expects [`AccessProfilesApi::delete_access_profiles_in_bulk`](crate::apis::access_profiles::AccessProfilesApi::delete_access_profiles_in_bulk): `POST /access-profiles/bulk-delete`.
pub fn delete_access_profiles_in_bulk() -> super::Mock<DeleteAccessProfilesInBulk> {
    super::Mock::new(runtime::Method::POST, "/access-profiles/bulk-delete")
}
impl super::Mock<DeleteAccessProfilesInBulk> {
    /// Requires a JSON body equal to `value`.
    pub fn body(self, value: &models::AccessProfileBulkDeleteRequest) -> Self {
        self.json_body(value)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::AccessProfileBulkDeleteResponse) -> Self {
        self.respond_json(200, body)
    }
    /// Answers `200` with the spec's example.
    pub fn respond_ok_example(self) -> Self {
        self.respond_json_text(
            200,
            "{\"pending\":[],\"inUse\":[{\"accessProfileId\":\"2c91808876438ba801766e129f151816\",\"usages\":[{\"type\":\"Role\",\"id\":\"2c9180887643764201766e9f6e121518\"}]}]}",
        )
    }
    /// Answers `202` with `body` as JSON.
    pub fn respond_accepted(
        self,
        body: &models::AccessProfileBulkDeleteResponse,
    ) -> Self {
        self.respond_json(202, body)
    }
    /// Answers `202` with the spec's example.
    pub fn respond_accepted_example(self) -> Self {
        self.respond_json_text(
            202,
            "{\"taskId\":\"2c91808a7813090a01781412a1119a20\",\"pending\":[\"2c91808a7813090a017813fe1919ecca\"],\"inUse\":[{\"accessProfileId\":\"2c91808876438ba801766e129f151816\",\"usages\":[{\"type\":\"Role\",\"id\":\"2c9180887643764201766e9f6e121518\"}]}]}",
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
/// The operation of [`get_access_profile()`], as `Mock<GetAccessProfile>`.
pub enum GetAccessProfile {}
/// Expects [`AccessProfilesApi::get_access_profile`](crate::apis::access_profiles::AccessProfilesApi::get_access_profile): `GET /access-profiles/{id}`.
pub fn get_access_profile() -> super::Mock<GetAccessProfile> {
    super::Mock::new(runtime::Method::GET, "/access-profiles/{id}")
}
impl super::Mock<GetAccessProfile> {
    /// Requires path parameter `id` with `value`, encoded as the client does.
    pub fn id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("id", &value, false)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::AccessProfile) -> Self {
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
/// The operation of [`get_access_profile_entitlements()`], as `Mock<GetAccessProfileEntitlements>`.
pub enum GetAccessProfileEntitlements {}
/// Expects [`AccessProfilesApi::get_access_profile_entitlements`](crate::apis::access_profiles::AccessProfilesApi::get_access_profile_entitlements): `GET /access-profiles/{id}/entitlements`.
pub fn get_access_profile_entitlements() -> super::Mock<GetAccessProfileEntitlements> {
    super::Mock::new(runtime::Method::GET, "/access-profiles/{id}/entitlements")
}
impl super::Mock<GetAccessProfileEntitlements> {
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
    pub fn respond_ok(self, body: &Vec<models::Entitlement>) -> Self {
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
/// The operation of [`list_access_profiles()`], as `Mock<ListAccessProfiles>`.
pub enum ListAccessProfiles {}
/// Expects [`AccessProfilesApi::list_access_profiles`](crate::apis::access_profiles::AccessProfilesApi::list_access_profiles): `GET /access-profiles`.
pub fn list_access_profiles() -> super::Mock<ListAccessProfiles> {
    super::Mock::new(runtime::Method::GET, "/access-profiles")
}
impl super::Mock<ListAccessProfiles> {
    /// Requires query parameter `for-subadmin` with `value`, encoded as the client does.
    pub fn for_subadmin(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.query_param("for-subadmin", &value, "form", true)
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
    /// Requires query parameter `for-segment-ids` with `value`, encoded as the client does.
    pub fn for_segment_ids(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.query_param("for-segment-ids", &value, "form", true)
    }
    /// Requires query parameter `include-unsegmented` with `value`, encoded as the client does.
    pub fn include_unsegmented(self, value: bool) -> Self {
        self.query_param("include-unsegmented", &value, "form", true)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &Vec<models::AccessProfile>) -> Self {
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
/// The operation of [`patch_access_profile()`], as `Mock<PatchAccessProfile>`.
pub enum PatchAccessProfile {}
/// Expects [`AccessProfilesApi::patch_access_profile`](crate::apis::access_profiles::AccessProfilesApi::patch_access_profile): `PATCH /access-profiles/{id}`.
pub fn patch_access_profile() -> super::Mock<PatchAccessProfile> {
    super::Mock::new(runtime::Method::PATCH, "/access-profiles/{id}")
}
impl super::Mock<PatchAccessProfile> {
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
    pub fn respond_ok(self, body: &models::AccessProfile) -> Self {
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
