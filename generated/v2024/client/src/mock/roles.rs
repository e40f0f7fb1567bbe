//! Typed expectations of the operations tagged `Roles`: `server.expect(mock::roles::<operation>()...)`.
#[allow(unused_imports)]
use crate::{models, runtime};
/// The operation of [`create_role()`], as `Mock<CreateRole>`.
pub enum CreateRole {}
/// Expects [`RolesApi::create_role`](crate::apis::roles::RolesApi::create_role): `POST /roles`.
pub fn create_role() -> super::Mock<CreateRole> {
    super::Mock::new(runtime::Method::POST, "/roles")
}
impl super::Mock<CreateRole> {
    /// Requires a JSON body equal to `value`.
    pub fn body(self, value: &models::Role) -> Self {
        self.json_body(value)
    }
    /// Answers `201` with `body` as JSON.
    pub fn respond_created(self, body: &models::Role) -> Self {
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
/// The operation of [`delete_bulk_roles()`], as `Mock<DeleteBulkRoles>`.
pub enum DeleteBulkRoles {}
/// Expects [`RolesApi::delete_bulk_roles`](crate::apis::roles::RolesApi::delete_bulk_roles): `POST /roles/bulk-delete`.
pub fn delete_bulk_roles() -> super::Mock<DeleteBulkRoles> {
    super::Mock::new(runtime::Method::POST, "/roles/bulk-delete")
}
impl super::Mock<DeleteBulkRoles> {
    /// Requires a JSON body equal to `value`.
    pub fn body(self, value: &models::RoleBulkDeleteRequest) -> Self {
        self.json_body(value)
    }
    /// Answers `202` with `body` as JSON.
    pub fn respond_accepted(self, body: &models::TaskResultDto) -> Self {
        self.respond_json(202, body)
    }
    /// Answers `202` with the spec's example.
    pub fn respond_accepted_example(self) -> Self {
        self.respond_json_text(
            202,
            "{\"type\":\"TASK_RESULT\",\"id\":\"464ae7bf791e49fdb74606a2e4a89635\",\"name\":null}",
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
/// The operation of [`delete_metadata_from_role_by_key_and_value()`], as `Mock<DeleteMetadataFromRoleByKeyAndValue>`.
pub enum DeleteMetadataFromRoleByKeyAndValue {}
/// Expects [`RolesApi::delete_metadata_from_role_by_key_and_value`](crate::apis::roles::RolesApi::delete_metadata_from_role_by_key_and_value): `DELETE /roles/{id}/access-model-metadata/{attributeKey}/values/{attributeValue}`.
pub fn delete_metadata_from_role_by_key_and_value() -> super::Mock<
    DeleteMetadataFromRoleByKeyAndValue,
> {
    super::Mock::new(
        runtime::Method::DELETE,
        "/roles/{id}/access-model-metadata/{attributeKey}/values/{attributeValue}",
    )
}
impl super::Mock<DeleteMetadataFromRoleByKeyAndValue> {
    /// Requires path parameter `id` with `value`, encoded as the client does.
    pub fn id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("id", &value, false)
    }
    /// Requires path parameter `attributeKey` with `value`, encoded as the client does.
    pub fn attribute_key(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("attributeKey", &value, false)
    }
    /// Requires path parameter `attributeValue` with `value`, encoded as the client does.
    pub fn attribute_value(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("attributeValue", &value, false)
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
    /// Answers `429` with `body` as JSON.
    pub fn respond_too_many_requests(self, body: &models::TooManyRequests) -> Self {
        self.respond_json(429, body)
    }
    /// Answers `500` with `body` as JSON.
    pub fn respond_internal_server_error(self, body: &models::ErrorResponseDto) -> Self {
        self.respond_json(500, body)
    }
}
/// The operation of [`delete_role()`], as `Mock<DeleteRole>`.
pub enum DeleteRole {}
/// Expects [`RolesApi::delete_role`](crate::apis::roles::RolesApi::delete_role): `DELETE /roles/{id}`.
pub fn delete_role() -> super::Mock<DeleteRole> {
    super::Mock::new(runtime::Method::DELETE, "/roles/{id}")
}
impl super::Mock<DeleteRole> {
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
/// The operation of [`get_bulk_update_status()`], as `Mock<GetBulkUpdateStatus>`.
pub enum GetBulkUpdateStatus {}
/// Expects [`RolesApi::get_bulk_update_status`](crate::apis::roles::RolesApi::get_bulk_update_status): `GET /roles/access-model-metadata/bulk-update`.
pub fn get_bulk_update_status() -> super::Mock<GetBulkUpdateStatus> {
    super::Mock::new(runtime::Method::GET, "/roles/access-model-metadata/bulk-update")
}
impl super::Mock<GetBulkUpdateStatus> {
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &Vec<models::RoleGetAllBulkUpdateResponse>) -> Self {
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
/// The operation of [`get_bulk_update_status_by_id()`], as `Mock<GetBulkUpdateStatusById>`.
pub enum GetBulkUpdateStatusById {}
/// Expects [`RolesApi::get_bulk_update_status_by_id`](crate::apis::roles::RolesApi::get_bulk_update_status_by_id): `GET /roles/access-model-metadata/bulk-update/id`.
pub fn get_bulk_update_status_by_id() -> super::Mock<GetBulkUpdateStatusById> {
    super::Mock::new(runtime::Method::GET, "/roles/access-model-metadata/bulk-update/id")
}
impl super::Mock<GetBulkUpdateStatusById> {
    /// Answers `202` with `body` as JSON.
    pub fn respond_accepted(self, body: &models::RoleBulkUpdateResponse) -> Self {
        self.respond_json(202, body)
    }
    /// Answers `202` with the spec's example.
    pub fn respond_accepted_example(self) -> Self {
        self.respond_json_text(
            202,
            "{\"id\":\"2d82ac17-eb0d-4ba6-9918-dcad6ee0294d\",\"type\":\"ROLE\",\"status\":\"CREATED\",\"created\":\"2024-09-16T18:59:06.871594Z\"}",
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
/// The operation of [`get_role()`], as `Mock<GetRole>`.
pub enum GetRole {}
/// Expects [`RolesApi::get_role`](crate::apis::roles::RolesApi::get_role): `GET /roles/{id}`.
pub fn get_role() -> super::Mock<GetRole> {
    super::Mock::new(runtime::Method::GET, "/roles/{id}")
}
impl super::Mock<GetRole> {
    /// Requires path parameter `id` with `value`, encoded as the client does.
    pub fn id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("id", &value, false)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::Role) -> Self {
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
/// The operation of [`get_role_assigned_identities()`], as `Mock<GetRoleAssignedIdentities>`.
pub enum GetRoleAssignedIdentities {}
/// Expects [`RolesApi::get_role_assigned_identities`](crate::apis::roles::RolesApi::get_role_assigned_identities): `GET /roles/{id}/assigned-identities`.
pub fn get_role_assigned_identities() -> super::Mock<GetRoleAssignedIdentities> {
    super::Mock::new(runtime::Method::GET, "/roles/{id}/assigned-identities")
}
impl super::Mock<GetRoleAssignedIdentities> {
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
    pub fn respond_ok(self, body: &Vec<models::RoleIdentity>) -> Self {
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
/// The operation of [`get_role_entitlements()`], as `Mock<GetRoleEntitlements>`.
pub enum GetRoleEntitlements {}
/// Expects [`RolesApi::get_role_entitlements`](crate::apis::roles::RolesApi::get_role_entitlements): `GET /roles/{id}/entitlements`.
pub fn get_role_entitlements() -> super::Mock<GetRoleEntitlements> {
    super::Mock::new(runtime::Method::GET, "/roles/{id}/entitlements")
}
impl super::Mock<GetRoleEntitlements> {
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
/// The operation of [`list_roles()`], as `Mock<ListRoles>`.
pub enum ListRoles {}
/// Expects [`RolesApi::list_roles`](crate::apis::roles::RolesApi::list_roles): `GET /roles`.
pub fn list_roles() -> super::Mock<ListRoles> {
    super::Mock::new(runtime::Method::GET, "/roles")
}
impl super::Mock<ListRoles> {
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
    pub fn respond_ok(self, body: &Vec<models::Role>) -> Self {
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
/// The operation of [`patch_role()`], as `Mock<PatchRole>`.
pub enum PatchRole {}
/// Expects [`RolesApi::patch_role`](crate::apis::roles::RolesApi::patch_role): `PATCH /roles/{id}`.
pub fn patch_role() -> super::Mock<PatchRole> {
    super::Mock::new(runtime::Method::PATCH, "/roles/{id}")
}
impl super::Mock<PatchRole> {
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
    pub fn respond_ok(self, body: &models::Role) -> Self {
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
/// The operation of [`search_roles_by_filter()`], as `Mock<SearchRolesByFilter>`.
pub enum SearchRolesByFilter {}
/// Expects [`RolesApi::search_roles_by_filter`](crate::apis::roles::RolesApi::search_roles_by_filter): `POST /roles/filter`.
pub fn search_roles_by_filter() -> super::Mock<SearchRolesByFilter> {
    super::Mock::new(runtime::Method::POST, "/roles/filter")
}
impl super::Mock<SearchRolesByFilter> {
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
    /// Requires a JSON body equal to `value`.
    pub fn body(self, value: &models::RoleListFilterDto) -> Self {
        self.json_body(value)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::Role) -> Self {
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
/// The operation of [`update_attribute_key_and_value_to_role()`], as `Mock<UpdateAttributeKeyAndValueToRole>`.
pub enum UpdateAttributeKeyAndValueToRole {}
/// Expects [`RolesApi::update_attribute_key_and_value_to_role`](crate::apis::roles::RolesApi::update_attribute_key_and_value_to_role): `POST /roles/{id}/access-model-metadata/{attributeKey}/values/{attributeValue}`.
pub fn update_attribute_key_and_value_to_role() -> super::Mock<
    UpdateAttributeKeyAndValueToRole,
> {
    super::Mock::new(
        runtime::Method::POST,
        "/roles/{id}/access-model-metadata/{attributeKey}/values/{attributeValue}",
    )
}
impl super::Mock<UpdateAttributeKeyAndValueToRole> {
    /// Requires path parameter `id` with `value`, encoded as the client does.
    pub fn id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("id", &value, false)
    }
    /// Requires path parameter `attributeKey` with `value`, encoded as the client does.
    pub fn attribute_key(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("attributeKey", &value, false)
    }
    /// Requires path parameter `attributeValue` with `value`, encoded as the client does.
    pub fn attribute_value(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("attributeValue", &value, false)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::Role) -> Self {
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
/// The operation of [`update_roles_metadata_by_filter()`], as `Mock<UpdateRolesMetadataByFilter>`.
pub enum UpdateRolesMetadataByFilter {}
/// Expects [`RolesApi::update_roles_metadata_by_filter`](crate::apis::roles::RolesApi::update_roles_metadata_by_filter): `POST /roles/access-model-metadata/bulk-update/filter`.
pub fn update_roles_metadata_by_filter() -> super::Mock<UpdateRolesMetadataByFilter> {
    super::Mock::new(
        runtime::Method::POST,
        "/roles/access-model-metadata/bulk-update/filter",
    )
}
impl super::Mock<UpdateRolesMetadataByFilter> {
    /// Requires a JSON body equal to `value`.
    pub fn body(self, value: &models::RoleMetadataBulkUpdateByFilterRequest) -> Self {
        self.json_body(value)
    }
    /// Answers `202` with `body` as JSON.
    pub fn respond_accepted(self, body: &models::RoleBulkUpdateResponse) -> Self {
        self.respond_json(202, body)
    }
    /// Answers `202` with the spec's example.
    pub fn respond_accepted_example(self) -> Self {
        self.respond_json_text(
            202,
            "{\"id\":\"2d82ac17-eb0d-4ba6-9918-dcad6ee0294d\",\"type\":\"ROLE\",\"status\":\"CREATED\",\"created\":\"2024-09-16T18:59:06.871594Z\"}",
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
/// The operation of [`update_roles_metadata_by_ids()`], as `Mock<UpdateRolesMetadataByIds>`.
pub enum UpdateRolesMetadataByIds {}
/// Expects [`RolesApi::update_roles_metadata_by_ids`](crate::apis::roles::RolesApi::update_roles_metadata_by_ids): `POST /roles/access-model-metadata/bulk-update/ids`.
pub fn update_roles_metadata_by_ids() -> super::Mock<UpdateRolesMetadataByIds> {
    super::Mock::new(
        runtime::Method::POST,
        "/roles/access-model-metadata/bulk-update/ids",
    )
}
impl super::Mock<UpdateRolesMetadataByIds> {
    /// Requires a JSON body equal to `value`.
    pub fn body(self, value: &models::RoleMetadataBulkUpdateByIdRequest) -> Self {
        self.json_body(value)
    }
    /// Answers `202` with `body` as JSON.
    pub fn respond_accepted(self, body: &models::RoleBulkUpdateResponse) -> Self {
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
/// The operation of [`update_roles_metadata_by_query()`], as `Mock<UpdateRolesMetadataByQuery>`.
pub enum UpdateRolesMetadataByQuery {}
/// Expects [`RolesApi::update_roles_metadata_by_query`](crate::apis::roles::RolesApi::update_roles_metadata_by_query): `POST /roles/access-model-metadata/bulk-update/query`.
pub fn update_roles_metadata_by_query() -> super::Mock<UpdateRolesMetadataByQuery> {
    super::Mock::new(
        runtime::Method::POST,
        "/roles/access-model-metadata/bulk-update/query",
    )
}
impl super::Mock<UpdateRolesMetadataByQuery> {
    /// Requires a JSON body equal to `value`.
    pub fn body(self, value: &models::RoleMetadataBulkUpdateByQueryRequest) -> Self {
        self.json_body(value)
    }
    /// Answers `202` with `body` as JSON.
    pub fn respond_accepted(self, body: &models::RoleBulkUpdateResponse) -> Self {
        self.respond_json(202, body)
    }
    /// Answers `202` with the spec's example.
    pub fn respond_accepted_example(self) -> Self {
        self.respond_json_text(
            202,
            "{\"id\":\"2d82ac17-eb0d-4ba6-9918-dcad6ee0294d\",\"type\":\"ROLE\",\"status\":\"CREATED\",\"created\":\"2024-09-16T18:59:06.871594Z\"}",
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
