//! Typed expectations of the operations tagged `Password Sync Groups`: `server.expect(mock::password_sync_groups::<operation>()...)`.
#[allow(unused_imports)]
use crate::{models, runtime};
/// The operation of [`create_password_sync_group()`], as `Mock<CreatePasswordSyncGroup>`.
pub enum CreatePasswordSyncGroup {}
/// Expects [`PasswordSyncGroupsApi::create_password_sync_group`](crate::apis::password_sync_groups::PasswordSyncGroupsApi::create_password_sync_group): `POST /password-sync-groups`.
pub fn create_password_sync_group() -> super::Mock<CreatePasswordSyncGroup> {
    super::Mock::new(runtime::Method::POST, "/password-sync-groups")
}
impl super::Mock<CreatePasswordSyncGroup> {
    /// Requires a JSON body equal to `value`.
    pub fn body(self, value: &models::PasswordSyncGroup) -> Self {
        self.json_body(value)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::PasswordSyncGroup) -> Self {
        self.respond_json(200, body)
    }
    /// Answers `200` with the spec's example.
    pub fn respond_ok_example(self) -> Self {
        self.respond_json_text(
            200,
            "{\"id\":\"6881f631-3bd5-4213-9c75-8e05cc3e35dd\",\"name\":\"Password Sync Group 2\",\"passwordPolicyId\":\"2c91808d744ba0ce01746f93b6204501\",\"sourceIds\":[\"2c918084660f45d6016617daa9210584\",\"2c918084660f45d6016617daa9210500\"]}",
        )
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
/// The operation of [`delete_password_sync_group()`], as `Mock<DeletePasswordSyncGroup>`.
pub enum DeletePasswordSyncGroup {}
/// Expects [`PasswordSyncGroupsApi::delete_password_sync_group`](crate::apis::password_sync_groups::PasswordSyncGroupsApi::delete_password_sync_group): `DELETE /password-sync-groups/{id}`.
pub fn delete_password_sync_group() -> super::Mock<DeletePasswordSyncGroup> {
    super::Mock::new(runtime::Method::DELETE, "/password-sync-groups/{id}")
}
impl super::Mock<DeletePasswordSyncGroup> {
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
/// The operation of [`get_password_sync_group()`], as `Mock<GetPasswordSyncGroup>`.
pub enum GetPasswordSyncGroup {}
/// Expects [`PasswordSyncGroupsApi::get_password_sync_group`](crate::apis::password_sync_groups::PasswordSyncGroupsApi::get_password_sync_group): `GET /password-sync-groups/{id}`.
pub fn get_password_sync_group() -> super::Mock<GetPasswordSyncGroup> {
    super::Mock::new(runtime::Method::GET, "/password-sync-groups/{id}")
}
impl super::Mock<GetPasswordSyncGroup> {
    /// Requires path parameter `id` with `value`, encoded as the client does.
    pub fn id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("id", &value, false)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::PasswordSyncGroup) -> Self {
        self.respond_json(200, body)
    }
    /// Answers `200` with the spec's example.
    pub fn respond_ok_example(self) -> Self {
        self.respond_json_text(
            200,
            "{\"id\":\"6881f631-3bd5-4213-9c75-8e05cc3e35dd\",\"name\":\"Password Sync Group 1\",\"passwordPolicyId\":\"2c91808d744ba0ce01746f93b6204501\",\"sourceIds\":[\"2c918084660f45d6016617daa9210584\",\"2c918084660f45d6016617daa9210500\"]}",
        )
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
/// The operation of [`get_password_sync_groups()`], as `Mock<GetPasswordSyncGroups>`.
pub enum GetPasswordSyncGroups {}
/// Expects [`PasswordSyncGroupsApi::get_password_sync_groups`](crate::apis::password_sync_groups::PasswordSyncGroupsApi::get_password_sync_groups): `GET /password-sync-groups`.
pub fn get_password_sync_groups() -> super::Mock<GetPasswordSyncGroups> {
    super::Mock::new(runtime::Method::GET, "/password-sync-groups")
}
impl super::Mock<GetPasswordSyncGroups> {
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
    pub fn respond_ok(self, body: &Vec<models::PasswordSyncGroup>) -> Self {
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
/// The operation of [`update_password_sync_group()`], as `Mock<UpdatePasswordSyncGroup>`.
pub enum UpdatePasswordSyncGroup {}
/// Expects [`PasswordSyncGroupsApi::update_password_sync_group`](crate::apis::password_sync_groups::PasswordSyncGroupsApi::update_password_sync_group): `PUT /password-sync-groups/{id}`.
pub fn update_password_sync_group() -> super::Mock<UpdatePasswordSyncGroup> {
    super::Mock::new(runtime::Method::PUT, "/password-sync-groups/{id}")
}
impl super::Mock<UpdatePasswordSyncGroup> {
    /// Requires path parameter `id` with `value`, encoded as the client does.
    pub fn id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("id", &value, false)
    }
    /// Requires a JSON body equal to `value`.
    pub fn body(self, value: &models::PasswordSyncGroup) -> Self {
        self.json_body(value)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::PasswordSyncGroup) -> Self {
        self.respond_json(200, body)
    }
    /// Answers `200` with the spec's example.
    pub fn respond_ok_example(self) -> Self {
        self.respond_json_text(
            200,
            "{\"id\":\"6881f631-3bd5-4213-9c75-8e05cc3e35dd\",\"name\":\"Password Sync Group 2\",\"passwordPolicyId\":\"2c91808d744ba0ce01746f93b6204501\",\"sourceIds\":[\"2c918084660f45d6016617daa9210584\",\"2c918084660f45d6016617daa9210500\"]}",
        )
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
