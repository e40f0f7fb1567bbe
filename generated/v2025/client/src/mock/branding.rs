//! Typed expectations of the operations tagged `Branding`: `server.expect(mock::branding::<operation>()...)`.
#[allow(unused_imports)]
use crate::{models, runtime};
/// The operation of [`create_branding_item()`], as `Mock<CreateBrandingItem>`.
pub enum CreateBrandingItem {}
/// Expects [`BrandingApi::create_branding_item`](crate::apis::branding::BrandingApi::create_branding_item): `POST /brandings`.
pub fn create_branding_item() -> super::Mock<CreateBrandingItem> {
    super::Mock::new(runtime::Method::POST, "/brandings")
}
impl super::Mock<CreateBrandingItem> {
    /// Answers `201` with `body` as JSON.
    pub fn respond_created(self, body: &models::BrandingItem) -> Self {
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
/// The operation of [`delete_branding()`], as `Mock<DeleteBranding>`.
pub enum DeleteBranding {}
/// Expects [`BrandingApi::delete_branding`](crate::apis::branding::BrandingApi::delete_branding): `DELETE /brandings/{name}`.
pub fn delete_branding() -> super::Mock<DeleteBranding> {
    super::Mock::new(runtime::Method::DELETE, "/brandings/{name}")
}
impl super::Mock<DeleteBranding> {
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
/// The operation of [`get_branding()`], as `Mock<GetBranding>`.
pub enum GetBranding {}
/// Expects [`BrandingApi::get_branding`](crate::apis::branding::BrandingApi::get_branding): `GET /brandings/{name}`.
pub fn get_branding() -> super::Mock<GetBranding> {
    super::Mock::new(runtime::Method::GET, "/brandings/{name}")
}
impl super::Mock<GetBranding> {
    /// Requires path parameter `name` with `value`, encoded as the client does.
    pub fn name(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("name", &value, false)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::BrandingItem) -> Self {
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
/// The operation of [`get_branding_list()`], as `Mock<GetBrandingList>`.
pub enum GetBrandingList {}
/// Expects [`BrandingApi::get_branding_list`](crate::apis::branding::BrandingApi::get_branding_list): `GET /brandings`.
pub fn get_branding_list() -> super::Mock<GetBrandingList> {
    super::Mock::new(runtime::Method::GET, "/brandings")
}
impl super::Mock<GetBrandingList> {
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &Vec<models::BrandingItem>) -> Self {
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
/// The operation of [`set_branding_item()`], as `Mock<SetBrandingItem>`.
pub enum SetBrandingItem {}
/// Expects [`BrandingApi::set_branding_item`](crate::apis::branding::BrandingApi::set_branding_item): `PUT /brandings/{name}`.
pub fn set_branding_item() -> super::Mock<SetBrandingItem> {
    super::Mock::new(runtime::Method::PUT, "/brandings/{name}")
}
impl super::Mock<SetBrandingItem> {
    /// Requires path parameter `name` with `value`, encoded as the client does.
    pub fn name(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("name", &value, false)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::BrandingItem) -> Self {
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
