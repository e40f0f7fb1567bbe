//! Typed expectations of the operations tagged `IAI Common Access`: `server.expect(mock::iai_common_access::<operation>()...)`.
#[allow(unused_imports)]
use crate::{models, runtime};
/// The operation of [`create_common_access()`], as `Mock<CreateCommonAccess>`.
pub enum CreateCommonAccess {}
/// Expects [`IaiCommonAccessApi::create_common_access`](crate::apis::iai_common_access::IaiCommonAccessApi::create_common_access): `POST /common-access`.
pub fn create_common_access() -> super::Mock<CreateCommonAccess> {
    super::Mock::new(runtime::Method::POST, "/common-access")
}
impl super::Mock<CreateCommonAccess> {
    /// Requires a JSON body equal to `value`.
    pub fn body(self, value: &models::CommonAccessItemRequest) -> Self {
        self.json_body(value)
    }
    /// Answers `202` with `body` as JSON.
    pub fn respond_accepted(self, body: &models::CommonAccessItemResponse) -> Self {
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
/// The operation of [`get_common_access()`], as `Mock<GetCommonAccess>`.
pub enum GetCommonAccess {}
/// Expects [`IaiCommonAccessApi::get_common_access`](crate::apis::iai_common_access::IaiCommonAccessApi::get_common_access): `GET /common-access`.
pub fn get_common_access() -> super::Mock<GetCommonAccess> {
    super::Mock::new(runtime::Method::GET, "/common-access")
}
impl super::Mock<GetCommonAccess> {
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
    pub fn respond_ok(self, body: &Vec<models::CommonAccessResponse>) -> Self {
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
/// The operation of [`update_common_access_status_in_bulk()`], as `Mock<UpdateCommonAccessStatusInBulk>`.
pub enum UpdateCommonAccessStatusInBulk {}
/// Expects [`IaiCommonAccessApi::update_common_access_status_in_bulk`](crate::apis::iai_common_access::IaiCommonAccessApi::update_common_access_status_in_bulk): `POST /common-access/update-status`.
pub fn update_common_access_status_in_bulk() -> super::Mock<
    UpdateCommonAccessStatusInBulk,
> {
    super::Mock::new(runtime::Method::POST, "/common-access/update-status")
}
impl super::Mock<UpdateCommonAccessStatusInBulk> {
    /// Requires a JSON body equal to `value`.
    pub fn body(self, value: &Vec<models::CommonAccessIdStatus>) -> Self {
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
