//! Typed expectations of the operations tagged `Data Access Security`: `server.expect(mock::data_access_security::<operation>()...)`.
#[allow(unused_imports)]
use crate::{models, runtime};
/// The operation of [`cancel_task()`], as `Mock<CancelTask>`.
pub enum CancelTask {}
/// Expects [`DataAccessSecurityApi::cancel_task`](crate::apis::data_access_security::DataAccessSecurityApi::cancel_task): `POST /das/tasks/cancel/{id}`.
pub fn cancel_task() -> super::Mock<CancelTask> {
    super::Mock::new(runtime::Method::POST, "/das/tasks/cancel/{id}")
}
impl super::Mock<CancelTask> {
    /// Requires path parameter `id` with `value`, encoded as the client does.
    pub fn id(self, value: i64) -> Self {
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
/// The operation of [`create_application()`], as `Mock<CreateApplication>`.
pub enum CreateApplication {}
/// Expects [`DataAccessSecurityApi::create_application`](crate::apis::data_access_security::DataAccessSecurityApi::create_application): `POST /das/applications`.
pub fn create_application() -> super::Mock<CreateApplication> {
    super::Mock::new(runtime::Method::POST, "/das/applications")
}
impl super::Mock<CreateApplication> {
    /// Requires a JSON body equal to `value`.
    pub fn body(self, value: &models::BaseCreateApplicationRequest) -> Self {
        self.json_body(value)
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
/// The operation of [`create_schedule()`], as `Mock<CreateSchedule>`.
pub enum CreateSchedule {}
/// Expects [`DataAccessSecurityApi::create_schedule`](crate::apis::data_access_security::DataAccessSecurityApi::create_schedule): `POST /das/tasks/schedules`.
pub fn create_schedule() -> super::Mock<CreateSchedule> {
    super::Mock::new(runtime::Method::POST, "/das/tasks/schedules")
}
impl super::Mock<CreateSchedule> {
    /// Requires a JSON body equal to `value`.
    pub fn body(self, value: &models::CreateScheduleRequest) -> Self {
        self.json_body(value)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &i64) -> Self {
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
/// The operation of [`delete_application()`], as `Mock<DeleteApplication>`.
pub enum DeleteApplication {}
/// Expects [`DataAccessSecurityApi::delete_application`](crate::apis::data_access_security::DataAccessSecurityApi::delete_application): `DELETE /das/applications/{id}`.
pub fn delete_application() -> super::Mock<DeleteApplication> {
    super::Mock::new(runtime::Method::DELETE, "/das/applications/{id}")
}
impl super::Mock<DeleteApplication> {
    /// Requires path parameter `id` with `value`, encoded as the client does.
    pub fn id(self, value: i64) -> Self {
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
/// The operation of [`delete_schedule()`], as `Mock<DeleteSchedule>`.
pub enum DeleteSchedule {}
/// Expects [`DataAccessSecurityApi::delete_schedule`](crate::apis::data_access_security::DataAccessSecurityApi::delete_schedule): `DELETE /das/tasks/schedules/{id}`.
pub fn delete_schedule() -> super::Mock<DeleteSchedule> {
    super::Mock::new(runtime::Method::DELETE, "/das/tasks/schedules/{id}")
}
impl super::Mock<DeleteSchedule> {
    /// Requires path parameter `id` with `value`, encoded as the client does.
    pub fn id(self, value: i64) -> Self {
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
/// The operation of [`delete_task()`], as `Mock<DeleteTask>`.
pub enum DeleteTask {}
/// Expects [`DataAccessSecurityApi::delete_task`](crate::apis::data_access_security::DataAccessSecurityApi::delete_task): `DELETE /das/tasks/{id}`.
pub fn delete_task() -> super::Mock<DeleteTask> {
    super::Mock::new(runtime::Method::DELETE, "/das/tasks/{id}")
}
impl super::Mock<DeleteTask> {
    /// Requires path parameter `id` with `value`, encoded as the client does.
    pub fn id(self, value: i64) -> Self {
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
/// The operation of [`get_application()`], as `Mock<GetApplication>`.
pub enum GetApplication {}
/// Expects [`DataAccessSecurityApi::get_application`](crate::apis::data_access_security::DataAccessSecurityApi::get_application): `GET /das/applications/{id}`.
pub fn get_application() -> super::Mock<GetApplication> {
    super::Mock::new(runtime::Method::GET, "/das/applications/{id}")
}
impl super::Mock<GetApplication> {
    /// Requires path parameter `id` with `value`, encoded as the client does.
    pub fn id(self, value: i64) -> Self {
        self.path_param("id", &value, false)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::ApplicationItem) -> Self {
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
/// The operation of [`get_applications()`], as `Mock<GetApplications>`.
pub enum GetApplications {}
/// Expects [`DataAccessSecurityApi::get_applications`](crate::apis::data_access_security::DataAccessSecurityApi::get_applications): `GET /das/applications`.
pub fn get_applications() -> super::Mock<GetApplications> {
    super::Mock::new(runtime::Method::GET, "/das/applications")
}
impl super::Mock<GetApplications> {
    /// Requires query parameter `filters` with `value`, encoded as the client does.
    pub fn filters(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.query_param("filters", &value, "form", true)
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
    pub fn respond_ok(self, body: &Vec<models::ApplicationItem>) -> Self {
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
/// The operation of [`get_das_owners_owner_identity_id_resources()`], as `Mock<GetDasOwnersOwnerIdentityIdResources>`.
pub enum GetDasOwnersOwnerIdentityIdResources {}
/// Expects [`DataAccessSecurityApi::get_das_owners_owner_identity_id_resources`](crate::apis::data_access_security::DataAccessSecurityApi::get_das_owners_owner_identity_id_resources): `GET /das/owners/{ownerIdentityId}/resources`.
pub fn get_das_owners_owner_identity_id_resources() -> super::Mock<
    GetDasOwnersOwnerIdentityIdResources,
> {
    super::Mock::new(runtime::Method::GET, "/das/owners/{ownerIdentityId}/resources")
}
impl super::Mock<GetDasOwnersOwnerIdentityIdResources> {
    /// Requires path parameter `ownerIdentityId` with `value`, encoded as the client does.
    pub fn owner_identity_id(self, value: String) -> Self {
        self.path_param("ownerIdentityId", &value, false)
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
    pub fn respond_ok(self, body: &Vec<models::ResourceModel>) -> Self {
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
/// The operation of [`get_das_owners_resources_resource_id()`], as `Mock<GetDasOwnersResourcesResourceId>`.
pub enum GetDasOwnersResourcesResourceId {}
/// Expects [`DataAccessSecurityApi::get_das_owners_resources_resource_id`](crate::apis::data_access_security::DataAccessSecurityApi::get_das_owners_resources_resource_id): `GET /das/owners/resources/{resourceId}`.
pub fn get_das_owners_resources_resource_id() -> super::Mock<
    GetDasOwnersResourcesResourceId,
> {
    super::Mock::new(runtime::Method::GET, "/das/owners/resources/{resourceId}")
}
impl super::Mock<GetDasOwnersResourcesResourceId> {
    /// Requires path parameter `resourceId` with `value`, encoded as the client does.
    pub fn resource_id(self, value: i64) -> Self {
        self.path_param("resourceId", &value, false)
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
    pub fn respond_ok(self, body: &Vec<String>) -> Self {
        self.respond_json(200, body)
    }
    /// Answers `200` with the spec's example.
    pub fn respond_ok_example(self) -> Self {
        self.respond_json_text(
            200,
            "[\"a3f1c2d4-5678-4e9b-8c2d-123456789abc\",\"b4e2d3c5-6789-4f0a-9d3e-234567890bcd\"]",
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
/// The operation of [`get_owners()`], as `Mock<GetOwners>`.
pub enum GetOwners {}
/// Expects [`DataAccessSecurityApi::get_owners`](crate::apis::data_access_security::DataAccessSecurityApi::get_owners): `GET /das/owners/applications/{appId}`.
pub fn get_owners() -> super::Mock<GetOwners> {
    super::Mock::new(runtime::Method::GET, "/das/owners/applications/{appId}")
}
impl super::Mock<GetOwners> {
    /// Requires path parameter `appId` with `value`, encoded as the client does.
    pub fn app_id(self, value: i64) -> Self {
        self.path_param("appId", &value, false)
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
    pub fn respond_ok(self, body: &Vec<models::DataOwnerModel>) -> Self {
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
/// The operation of [`get_schedule()`], as `Mock<GetSchedule>`.
pub enum GetSchedule {}
/// Expects [`DataAccessSecurityApi::get_schedule`](crate::apis::data_access_security::DataAccessSecurityApi::get_schedule): `GET /das/tasks/schedules/{id}`.
pub fn get_schedule() -> super::Mock<GetSchedule> {
    super::Mock::new(runtime::Method::GET, "/das/tasks/schedules/{id}")
}
impl super::Mock<GetSchedule> {
    /// Requires path parameter `id` with `value`, encoded as the client does.
    pub fn id(self, value: i64) -> Self {
        self.path_param("id", &value, false)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::ScheduleInfo) -> Self {
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
/// The operation of [`get_schedules()`], as `Mock<GetSchedules>`.
pub enum GetSchedules {}
/// Expects [`DataAccessSecurityApi::get_schedules`](crate::apis::data_access_security::DataAccessSecurityApi::get_schedules): `GET /das/tasks/schedules`.
pub fn get_schedules() -> super::Mock<GetSchedules> {
    super::Mock::new(runtime::Method::GET, "/das/tasks/schedules")
}
impl super::Mock<GetSchedules> {
    /// Requires query parameter `filters` with `value`, encoded as the client does.
    pub fn filters(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.query_param("filters", &value, "form", true)
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
    pub fn respond_ok(self, body: &Vec<models::ScheduleInfo>) -> Self {
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
/// The operation of [`get_task()`], as `Mock<GetTask>`.
pub enum GetTask {}
/// Expects [`DataAccessSecurityApi::get_task`](crate::apis::data_access_security::DataAccessSecurityApi::get_task): `GET /das/tasks/{id}`.
pub fn get_task() -> super::Mock<GetTask> {
    super::Mock::new(runtime::Method::GET, "/das/tasks/{id}")
}
impl super::Mock<GetTask> {
    /// Requires path parameter `id` with `value`, encoded as the client does.
    pub fn id(self, value: i64) -> Self {
        self.path_param("id", &value, false)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::TaskInfo) -> Self {
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
/// The operation of [`get_tasks()`], as `Mock<GetTasks>`.
pub enum GetTasks {}
/// Expects [`DataAccessSecurityApi::get_tasks`](crate::apis::data_access_security::DataAccessSecurityApi::get_tasks): `GET /das/tasks`.
pub fn get_tasks() -> super::Mock<GetTasks> {
    super::Mock::new(runtime::Method::GET, "/das/tasks")
}
impl super::Mock<GetTasks> {
    /// Requires query parameter `filters` with `value`, encoded as the client does.
    pub fn filters(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.query_param("filters", &value, "form", true)
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
    pub fn respond_ok(self, body: &Vec<models::TaskInfo>) -> Self {
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
/// The operation of [`post_das_owners_assign()`], as `Mock<PostDasOwnersAssign>`.
pub enum PostDasOwnersAssign {}
/// Expects [`DataAccessSecurityApi::post_das_owners_assign`](crate::apis::data_access_security::DataAccessSecurityApi::post_das_owners_assign): `POST /das/owners/assign`.
pub fn post_das_owners_assign() -> super::Mock<PostDasOwnersAssign> {
    super::Mock::new(runtime::Method::POST, "/das/owners/assign")
}
impl super::Mock<PostDasOwnersAssign> {
    /// Requires a JSON body equal to `value`.
    pub fn body(self, value: &models::AssignResourceOwnerRequest) -> Self {
        self.json_body(value)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &i32) -> Self {
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
/// The operation of [`post_das_owners_reelect()`], as `Mock<PostDasOwnersReelect>`.
pub enum PostDasOwnersReelect {}
/// Expects [`DataAccessSecurityApi::post_das_owners_reelect`](crate::apis::data_access_security::DataAccessSecurityApi::post_das_owners_reelect): `POST /das/owners/reelect`.
pub fn post_das_owners_reelect() -> super::Mock<PostDasOwnersReelect> {
    super::Mock::new(runtime::Method::POST, "/das/owners/reelect")
}
impl super::Mock<PostDasOwnersReelect> {
    /// Requires a JSON body equal to `value`.
    pub fn body(self, value: &models::ReelectRequest) -> Self {
        self.json_body(value)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &i32) -> Self {
        self.respond_json(200, body)
    }
    /// Answers `200` with the spec's example.
    pub fn respond_ok_example(self) -> Self {
        self.respond_json_text(200, "1")
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
/// The operation of [`post_das_owners_source_identity_id_reassign_destination_identity_id()`], as `Mock<PostDasOwnersSourceIdentityIdReassignDestinationIdentityId>`.
pub enum PostDasOwnersSourceIdentityIdReassignDestinationIdentityId {}
/// Expects [`DataAccessSecurityApi::post_das_owners_source_identity_id_reassign_destination_identity_id`](crate::apis::data_access_security::DataAccessSecurityApi::post_das_owners_source_identity_id_reassign_destination_identity_id): `POST /das/owners/{sourceIdentityId}/reassign/{destinationIdentityId}`.
pub fn post_das_owners_source_identity_id_reassign_destination_identity_id() -> super::Mock<
    PostDasOwnersSourceIdentityIdReassignDestinationIdentityId,
> {
    super::Mock::new(
        runtime::Method::POST,
        "/das/owners/{sourceIdentityId}/reassign/{destinationIdentityId}",
    )
}
impl super::Mock<PostDasOwnersSourceIdentityIdReassignDestinationIdentityId> {
    /// Requires path parameter `sourceIdentityId` with `value`, encoded as the client does.
    pub fn source_identity_id(self, value: String) -> Self {
        self.path_param("sourceIdentityId", &value, false)
    }
    /// Requires path parameter `destinationIdentityId` with `value`, encoded as the client does.
    pub fn destination_identity_id(self, value: String) -> Self {
        self.path_param("destinationIdentityId", &value, false)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &i32) -> Self {
        self.respond_json(200, body)
    }
    /// Answers `200` with the spec's example.
    pub fn respond_ok_example(self) -> Self {
        self.respond_json_text(200, "1")
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
/// The operation of [`put_application()`], as `Mock<PutApplication>`.
pub enum PutApplication {}
/// Expects [`DataAccessSecurityApi::put_application`](crate::apis::data_access_security::DataAccessSecurityApi::put_application): `PUT /das/applications/{id}`.
pub fn put_application() -> super::Mock<PutApplication> {
    super::Mock::new(runtime::Method::PUT, "/das/applications/{id}")
}
impl super::Mock<PutApplication> {
    /// Requires path parameter `id` with `value`, encoded as the client does.
    pub fn id(self, value: i64) -> Self {
        self.path_param("id", &value, false)
    }
    /// Requires a JSON body equal to `value`.
    pub fn body(self, value: &models::BaseCreateApplicationRequest) -> Self {
        self.json_body(value)
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
/// The operation of [`put_schedule()`], as `Mock<PutSchedule>`.
pub enum PutSchedule {}
/// Expects [`DataAccessSecurityApi::put_schedule`](crate::apis::data_access_security::DataAccessSecurityApi::put_schedule): `PUT /das/tasks/schedules/{id}`.
pub fn put_schedule() -> super::Mock<PutSchedule> {
    super::Mock::new(runtime::Method::PUT, "/das/tasks/schedules/{id}")
}
impl super::Mock<PutSchedule> {
    /// Requires path parameter `id` with `value`, encoded as the client does.
    pub fn id(self, value: i64) -> Self {
        self.path_param("id", &value, false)
    }
    /// Requires a JSON body equal to `value`.
    pub fn body(self, value: &models::UpdateScheduleRequest) -> Self {
        self.json_body(value)
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
/// The operation of [`start_task_rerun()`], as `Mock<StartTaskRerun>`.
pub enum StartTaskRerun {}
/// Expects [`DataAccessSecurityApi::start_task_rerun`](crate::apis::data_access_security::DataAccessSecurityApi::start_task_rerun): `POST /das/tasks/rerun/{id}`.
pub fn start_task_rerun() -> super::Mock<StartTaskRerun> {
    super::Mock::new(runtime::Method::POST, "/das/tasks/rerun/{id}")
}
impl super::Mock<StartTaskRerun> {
    /// Requires path parameter `id` with `value`, encoded as the client does.
    pub fn id(self, value: i64) -> Self {
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
