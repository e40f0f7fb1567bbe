//! Typed expectations of the operations tagged `Icons`: `server.expect(mock::icons::<operation>()...)`.
#[allow(unused_imports)]
use crate::{models, runtime};
/// The operation of [`delete_icon()`], as `Mock<DeleteIcon>`.
pub enum DeleteIcon {}
/// Expects [`IconsApi::delete_icon`](crate::apis::icons::IconsApi::delete_icon): `DELETE /icons/{objectType}/{objectId}`.
pub fn delete_icon() -> super::Mock<DeleteIcon> {
    super::Mock::new(runtime::Method::DELETE, "/icons/{objectType}/{objectId}")
}
impl super::Mock<DeleteIcon> {
    /// Requires path parameter `objectType` with `value`, encoded as the client does.
    pub fn object_type(self, value: models::DeleteIconObjectType) -> Self {
        self.path_param("objectType", &value, false)
    }
    /// Requires path parameter `objectId` with `value`, encoded as the client does.
    pub fn object_id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("objectId", &value, false)
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
/// The operation of [`set_icon()`], as `Mock<SetIcon>`.
pub enum SetIcon {}
/// Expects [`IconsApi::set_icon`](crate::apis::icons::IconsApi::set_icon): `PUT /icons/{objectType}/{objectId}`.
pub fn set_icon() -> super::Mock<SetIcon> {
    super::Mock::new(runtime::Method::PUT, "/icons/{objectType}/{objectId}")
}
impl super::Mock<SetIcon> {
    /// Requires path parameter `objectType` with `value`, encoded as the client does.
    pub fn object_type(self, value: models::SetIconObjectType) -> Self {
        self.path_param("objectType", &value, false)
    }
    /// Requires path parameter `objectId` with `value`, encoded as the client does.
    pub fn object_id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("objectId", &value, false)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::SetIconResponse) -> Self {
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
