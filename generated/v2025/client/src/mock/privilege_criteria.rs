//! Typed expectations of the operations tagged `Privilege Criteria`: `server.expect(mock::privilege_criteria::<operation>()...)`.
#[allow(unused_imports)]
use crate::{models, runtime};
/// The operation of [`create_custom_privilege_criteria()`], as `Mock<CreateCustomPrivilegeCriteria>`.
pub enum CreateCustomPrivilegeCriteria {}
/// Expects [`PrivilegeCriteriaApi::create_custom_privilege_criteria`](crate::apis::privilege_criteria::PrivilegeCriteriaApi::create_custom_privilege_criteria): `POST /criteria/privilege`.
pub fn create_custom_privilege_criteria() -> super::Mock<CreateCustomPrivilegeCriteria> {
    super::Mock::new(runtime::Method::POST, "/criteria/privilege")
}
impl super::Mock<CreateCustomPrivilegeCriteria> {
    /// Requires a JSON body equal to `value`.
    pub fn body(self, value: &models::CreatePrivilegeCriteriaRequest) -> Self {
        self.json_body(value)
    }
    /// Answers `201` with `body` as JSON.
    pub fn respond_created(self, body: &models::PrivilegeCriteriaDto) -> Self {
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
/// The operation of [`delete_custom_privilege_criteria()`], as `Mock<DeleteCustomPrivilegeCriteria>`.
pub enum DeleteCustomPrivilegeCriteria {}
/// Expects [`PrivilegeCriteriaApi::delete_custom_privilege_criteria`](crate::apis::privilege_criteria::PrivilegeCriteriaApi::delete_custom_privilege_criteria): `DELETE /criteria/privilege/{criteriaId}`.
pub fn delete_custom_privilege_criteria() -> super::Mock<DeleteCustomPrivilegeCriteria> {
    super::Mock::new(runtime::Method::DELETE, "/criteria/privilege/{criteriaId}")
}
impl super::Mock<DeleteCustomPrivilegeCriteria> {
    /// Requires path parameter `criteriaId` with `value`, encoded as the client does.
    pub fn criteria_id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("criteriaId", &value, false)
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
/// The operation of [`get_privilege_criteria()`], as `Mock<GetPrivilegeCriteria>`.
pub enum GetPrivilegeCriteria {}
/// Expects [`PrivilegeCriteriaApi::get_privilege_criteria`](crate::apis::privilege_criteria::PrivilegeCriteriaApi::get_privilege_criteria): `GET /criteria/privilege/{criteriaId}`.
pub fn get_privilege_criteria() -> super::Mock<GetPrivilegeCriteria> {
    super::Mock::new(runtime::Method::GET, "/criteria/privilege/{criteriaId}")
}
impl super::Mock<GetPrivilegeCriteria> {
    /// Requires path parameter `criteriaId` with `value`, encoded as the client does.
    pub fn criteria_id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("criteriaId", &value, false)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::PrivilegeCriteriaDto) -> Self {
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
/// The operation of [`list_privilege_criteria()`], as `Mock<ListPrivilegeCriteria>`.
pub enum ListPrivilegeCriteria {}
/// Expects [`PrivilegeCriteriaApi::list_privilege_criteria`](crate::apis::privilege_criteria::PrivilegeCriteriaApi::list_privilege_criteria): `GET /criteria/privilege`.
pub fn list_privilege_criteria() -> super::Mock<ListPrivilegeCriteria> {
    super::Mock::new(runtime::Method::GET, "/criteria/privilege")
}
impl super::Mock<ListPrivilegeCriteria> {
    /// Requires query parameter `filters` with `value`, encoded as the client does.
    pub fn filters(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.query_param("filters", &value, "form", true)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &Vec<models::PrivilegeCriteriaDto>) -> Self {
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
/// The operation of [`put_custom_privilege_criteria_value()`], as `Mock<PutCustomPrivilegeCriteriaValue>`.
pub enum PutCustomPrivilegeCriteriaValue {}
/// Expects [`PrivilegeCriteriaApi::put_custom_privilege_criteria_value`](crate::apis::privilege_criteria::PrivilegeCriteriaApi::put_custom_privilege_criteria_value): `PUT /criteria/privilege/{criteriaId}`.
pub fn put_custom_privilege_criteria_value() -> super::Mock<
    PutCustomPrivilegeCriteriaValue,
> {
    super::Mock::new(runtime::Method::PUT, "/criteria/privilege/{criteriaId}")
}
impl super::Mock<PutCustomPrivilegeCriteriaValue> {
    /// Requires path parameter `criteriaId` with `value`, encoded as the client does.
    pub fn criteria_id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("criteriaId", &value, false)
    }
    /// Requires a JSON body equal to `value`.
    pub fn body(self, value: &models::PrivilegeCriteriaDto) -> Self {
        self.json_body(value)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::PrivilegeCriteriaDto) -> Self {
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
