//! Typed expectations of the operations tagged `Governance Groups`: `server.expect(mock::governance_groups::<operation>()...)`.
#[allow(unused_imports)]
use crate::{models, runtime};
/// The operation of [`create_workgroup()`], as `Mock<CreateWorkgroup>`.
pub enum CreateWorkgroup {}
/// Expects [`GovernanceGroupsApi::create_workgroup`](crate::apis::governance_groups::GovernanceGroupsApi::create_workgroup): `POST /workgroups`.
pub fn create_workgroup() -> super::Mock<CreateWorkgroup> {
    super::Mock::new(runtime::Method::POST, "/workgroups")
}
impl super::Mock<CreateWorkgroup> {
    /// Requires a JSON body equal to `value`.
    pub fn body(self, value: &models::WorkgroupDto) -> Self {
        self.json_body(value)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::WorkgroupDto) -> Self {
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
/// The operation of [`delete_workgroup()`], as `Mock<DeleteWorkgroup>`.
pub enum DeleteWorkgroup {}
/// Expects [`GovernanceGroupsApi::delete_workgroup`](crate::apis::governance_groups::GovernanceGroupsApi::delete_workgroup): `DELETE /workgroups/{id}`.
pub fn delete_workgroup() -> super::Mock<DeleteWorkgroup> {
    super::Mock::new(runtime::Method::DELETE, "/workgroups/{id}")
}
impl super::Mock<DeleteWorkgroup> {
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
/// The operation of [`delete_workgroup_members()`], as `Mock<DeleteWorkgroupMembers>`.
pub enum DeleteWorkgroupMembers {}
/// Expects [`GovernanceGroupsApi::delete_workgroup_members`](crate::apis::governance_groups::GovernanceGroupsApi::delete_workgroup_members): `POST /workgroups/{workgroupId}/members/bulk-delete`.
pub fn delete_workgroup_members() -> super::Mock<DeleteWorkgroupMembers> {
    super::Mock::new(
        runtime::Method::POST,
        "/workgroups/{workgroupId}/members/bulk-delete",
    )
}
impl super::Mock<DeleteWorkgroupMembers> {
    /// Requires path parameter `workgroupId` with `value`, encoded as the client does.
    pub fn workgroup_id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("workgroupId", &value, false)
    }
    /// Requires a JSON body equal to `value`.
    pub fn body(self, value: &Vec<models::UpdateWorkgroupMembersRequestItem>) -> Self {
        self.json_body(value)
    }
    /// Answers `207` with `body` as JSON.
    pub fn respond_multi_status(
        self,
        body: &Vec<models::WorkgroupMemberDeleteItem>,
    ) -> Self {
        self.respond_json(207, body)
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
/// The operation of [`delete_workgroups_in_bulk()`], as `Mock<DeleteWorkgroupsInBulk>`.
pub enum DeleteWorkgroupsInBulk {}
/// Expects [`GovernanceGroupsApi::delete_workgroups_in_bulk`](crate::apis::governance_groups::GovernanceGroupsApi::delete_workgroups_in_bulk): `POST /workgroups/bulk-delete`.
pub fn delete_workgroups_in_bulk() -> super::Mock<DeleteWorkgroupsInBulk> {
    super::Mock::new(runtime::Method::POST, "/workgroups/bulk-delete")
}
impl super::Mock<DeleteWorkgroupsInBulk> {
    /// Requires a JSON body equal to `value`.
    pub fn body(self, value: &models::WorkgroupBulkDeleteRequest) -> Self {
        self.json_body(value)
    }
    /// Answers `207` with `body` as JSON.
    pub fn respond_multi_status(self, body: &Vec<models::WorkgroupDeleteItem>) -> Self {
        self.respond_json(207, body)
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
/// The operation of [`get_workgroup()`], as `Mock<GetWorkgroup>`.
pub enum GetWorkgroup {}
/// Expects [`GovernanceGroupsApi::get_workgroup`](crate::apis::governance_groups::GovernanceGroupsApi::get_workgroup): `GET /workgroups/{id}`.
pub fn get_workgroup() -> super::Mock<GetWorkgroup> {
    super::Mock::new(runtime::Method::GET, "/workgroups/{id}")
}
impl super::Mock<GetWorkgroup> {
    /// Requires path parameter `id` with `value`, encoded as the client does.
    pub fn id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("id", &value, false)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::WorkgroupDto) -> Self {
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
/// The operation of [`list_connections()`], as `Mock<ListConnections>`.
pub enum ListConnections {}
/// Expects [`GovernanceGroupsApi::list_connections`](crate::apis::governance_groups::GovernanceGroupsApi::list_connections): `GET /workgroups/{workgroupId}/connections`.
pub fn list_connections() -> super::Mock<ListConnections> {
    super::Mock::new(runtime::Method::GET, "/workgroups/{workgroupId}/connections")
}
impl super::Mock<ListConnections> {
    /// Requires path parameter `workgroupId` with `value`, encoded as the client does.
    pub fn workgroup_id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("workgroupId", &value, false)
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
    /// Requires query parameter `sorters` with `value`, encoded as the client does.
    pub fn sorters(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.query_param("sorters", &value, "form", true)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &Vec<models::WorkgroupConnectionDto>) -> Self {
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
/// The operation of [`list_workgroup_members()`], as `Mock<ListWorkgroupMembers>`.
pub enum ListWorkgroupMembers {}
/// Expects [`GovernanceGroupsApi::list_workgroup_members`](crate::apis::governance_groups::GovernanceGroupsApi::list_workgroup_members): `GET /workgroups/{workgroupId}/members`.
pub fn list_workgroup_members() -> super::Mock<ListWorkgroupMembers> {
    super::Mock::new(runtime::Method::GET, "/workgroups/{workgroupId}/members")
}
impl super::Mock<ListWorkgroupMembers> {
    /// Requires path parameter `workgroupId` with `value`, encoded as the client does.
    pub fn workgroup_id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("workgroupId", &value, false)
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
    /// Requires query parameter `sorters` with `value`, encoded as the client does.
    pub fn sorters(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.query_param("sorters", &value, "form", true)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(
        self,
        body: &Vec<models::ListWorkgroupMembersResponseItem>,
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
/// The operation of [`list_workgroups()`], as `Mock<ListWorkgroups>`.
pub enum ListWorkgroups {}
/// Expects [`GovernanceGroupsApi::list_workgroups`](crate::apis::governance_groups::GovernanceGroupsApi::list_workgroups): `GET /workgroups`.
pub fn list_workgroups() -> super::Mock<ListWorkgroups> {
    super::Mock::new(runtime::Method::GET, "/workgroups")
}
impl super::Mock<ListWorkgroups> {
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
    pub fn respond_ok(self, body: &Vec<models::WorkgroupDto>) -> Self {
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
/// The operation of [`patch_workgroup()`], as `Mock<PatchWorkgroup>`.
pub enum PatchWorkgroup {}
/// Expects [`GovernanceGroupsApi::patch_workgroup`](crate::apis::governance_groups::GovernanceGroupsApi::patch_workgroup): `PATCH /workgroups/{id}`.
pub fn patch_workgroup() -> super::Mock<PatchWorkgroup> {
    super::Mock::new(runtime::Method::PATCH, "/workgroups/{id}")
}
impl super::Mock<PatchWorkgroup> {
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
    pub fn respond_ok(self, body: &models::WorkgroupDto) -> Self {
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
/// The operation of [`update_workgroup_members()`], as `Mock<UpdateWorkgroupMembers>`.
pub enum UpdateWorkgroupMembers {}
/// Expects [`GovernanceGroupsApi::update_workgroup_members`](crate::apis::governance_groups::GovernanceGroupsApi::update_workgroup_members): `POST /workgroups/{workgroupId}/members/bulk-add`.
pub fn update_workgroup_members() -> super::Mock<UpdateWorkgroupMembers> {
    super::Mock::new(runtime::Method::POST, "/workgroups/{workgroupId}/members/bulk-add")
}
impl super::Mock<UpdateWorkgroupMembers> {
    /// Requires path parameter `workgroupId` with `value`, encoded as the client does.
    pub fn workgroup_id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("workgroupId", &value, false)
    }
    /// Requires a JSON body equal to `value`.
    pub fn body(self, value: &Vec<models::UpdateWorkgroupMembersRequestItem>) -> Self {
        self.json_body(value)
    }
    /// Answers `207` with `body` as JSON.
    pub fn respond_multi_status(
        self,
        body: &Vec<models::WorkgroupMemberAddItem>,
    ) -> Self {
        self.respond_json(207, body)
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
