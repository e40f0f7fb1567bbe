//! Typed expectations of the operations tagged `Identity Attributes`: `server.expect(mock::identity_attributes::<operation>()...)`.
#[allow(unused_imports)]
use crate::{models, runtime};
/// The operation of [`create_identity_attribute()`], as `Mock<CreateIdentityAttribute>`.
pub enum CreateIdentityAttribute {}
/// Expects [`IdentityAttributesApi::create_identity_attribute`](crate::apis::identity_attributes::IdentityAttributesApi::create_identity_attribute): `POST /identity-attributes`.
pub fn create_identity_attribute() -> super::Mock<CreateIdentityAttribute> {
    super::Mock::new(runtime::Method::POST, "/identity-attributes")
}
impl super::Mock<CreateIdentityAttribute> {
    /// Requires a JSON body equal to `value`.
    pub fn body(self, value: &models::IdentityAttributeV3) -> Self {
        self.json_body(value)
    }
    /// Answers `201` with `body` as JSON.
    pub fn respond_created(self, body: &models::IdentityAttributeV3) -> Self {
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
/// The operation of [`delete_identity_attribute()`], as `Mock<DeleteIdentityAttribute>`.
pub enum DeleteIdentityAttribute {}
/// Expects [`IdentityAttributesApi::delete_identity_attribute`](crate::apis::identity_attributes::IdentityAttributesApi::delete_identity_attribute): `DELETE /identity-attributes/{name}`.
pub fn delete_identity_attribute() -> super::Mock<DeleteIdentityAttribute> {
    super::Mock::new(runtime::Method::DELETE, "/identity-attributes/{name}")
}
impl super::Mock<DeleteIdentityAttribute> {
    /// Requires path parameter `name` with `value`, encoded as the client does.
    pub fn name(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("name", &value, false)
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
/// The operation of [`delete_identity_attributes_in_bulk()`], as `Mock<DeleteIdentityAttributesInBulk>`.
pub enum DeleteIdentityAttributesInBulk {}
/// Expects [`IdentityAttributesApi::delete_identity_attributes_in_bulk`](crate::apis::identity_attributes::IdentityAttributesApi::delete_identity_attributes_in_bulk): `DELETE /identity-attributes/bulk-delete`.
pub fn delete_identity_attributes_in_bulk() -> super::Mock<
    DeleteIdentityAttributesInBulk,
> {
    super::Mock::new(runtime::Method::DELETE, "/identity-attributes/bulk-delete")
}
impl super::Mock<DeleteIdentityAttributesInBulk> {
    /// Requires a JSON body equal to `value`.
    pub fn body(self, value: &models::IdentityAttributeNames) -> Self {
        self.json_body(value)
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
/// The operation of [`get_identity_attribute()`], as `Mock<GetIdentityAttribute>`.
pub enum GetIdentityAttribute {}
/// Expects [`IdentityAttributesApi::get_identity_attribute`](crate::apis::identity_attributes::IdentityAttributesApi::get_identity_attribute): `GET /identity-attributes/{name}`.
pub fn get_identity_attribute() -> super::Mock<GetIdentityAttribute> {
    super::Mock::new(runtime::Method::GET, "/identity-attributes/{name}")
}
impl super::Mock<GetIdentityAttribute> {
    /// Requires path parameter `name` with `value`, encoded as the client does.
    pub fn name(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("name", &value, false)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::IdentityAttributeV3) -> Self {
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
/// The operation of [`list_identity_attributes()`], as `Mock<ListIdentityAttributes>`.
pub enum ListIdentityAttributes {}
/// Expects [`IdentityAttributesApi::list_identity_attributes`](crate::apis::identity_attributes::IdentityAttributesApi::list_identity_attributes): `GET /identity-attributes`.
pub fn list_identity_attributes() -> super::Mock<ListIdentityAttributes> {
    super::Mock::new(runtime::Method::GET, "/identity-attributes")
}
impl super::Mock<ListIdentityAttributes> {
    /// Requires query parameter `includeSystem` with `value`, encoded as the client does.
    pub fn include_system(self, value: bool) -> Self {
        self.query_param("includeSystem", &value, "form", true)
    }
    /// Requires query parameter `includeSilent` with `value`, encoded as the client does.
    pub fn include_silent(self, value: bool) -> Self {
        self.query_param("includeSilent", &value, "form", true)
    }
    /// Requires query parameter `searchableOnly` with `value`, encoded as the client does.
    pub fn searchable_only(self, value: bool) -> Self {
        self.query_param("searchableOnly", &value, "form", true)
    }
    /// Requires query parameter `count` with `value`, encoded as the client does.
    pub fn count(self, value: bool) -> Self {
        self.query_param("count", &value, "form", true)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &Vec<models::IdentityAttributeV3>) -> Self {
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
/// The operation of [`put_identity_attribute()`], as `Mock<PutIdentityAttribute>`.
pub enum PutIdentityAttribute {}
/// Expects [`IdentityAttributesApi::put_identity_attribute`](crate::apis::identity_attributes::IdentityAttributesApi::put_identity_attribute): `PUT /identity-attributes/{name}`.
pub fn put_identity_attribute() -> super::Mock<PutIdentityAttribute> {
    super::Mock::new(runtime::Method::PUT, "/identity-attributes/{name}")
}
impl super::Mock<PutIdentityAttribute> {
    /// Requires path parameter `name` with `value`, encoded as the client does.
    pub fn name(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("name", &value, false)
    }
    /// Requires a JSON body equal to `value`.
    pub fn body(self, value: &models::IdentityAttributeV3) -> Self {
        self.json_body(value)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::IdentityAttributeV3) -> Self {
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
