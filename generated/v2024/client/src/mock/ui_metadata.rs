//! Typed expectations of the operations tagged `UI Metadata`: `server.expect(mock::ui_metadata::<operation>()...)`.
#[allow(unused_imports)]
use crate::{models, runtime};
/// The operation of [`get_tenant_ui_metadata()`], as `Mock<GetTenantUiMetadata>`.
pub enum GetTenantUiMetadata {}
/// Expects [`UiMetadataApi::get_tenant_ui_metadata`](crate::apis::ui_metadata::UiMetadataApi::get_tenant_ui_metadata): `GET /ui-metadata/tenant`.
pub fn get_tenant_ui_metadata() -> super::Mock<GetTenantUiMetadata> {
    super::Mock::new(runtime::Method::GET, "/ui-metadata/tenant")
}
impl super::Mock<GetTenantUiMetadata> {
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::TenantUiMetadataItemResponse) -> Self {
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
/// The operation of [`set_tenant_ui_metadata()`], as `Mock<SetTenantUiMetadata>`.
pub enum SetTenantUiMetadata {}
/// Expects [`UiMetadataApi::set_tenant_ui_metadata`](crate::apis::ui_metadata::UiMetadataApi::set_tenant_ui_metadata): `PUT /ui-metadata/tenant`.
pub fn set_tenant_ui_metadata() -> super::Mock<SetTenantUiMetadata> {
    super::Mock::new(runtime::Method::PUT, "/ui-metadata/tenant")
}
impl super::Mock<SetTenantUiMetadata> {
    /// Requires a JSON body equal to `value`.
    pub fn body(self, value: &models::TenantUiMetadataItemUpdateRequest) -> Self {
        self.json_body(value)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::TenantUiMetadataItemResponse) -> Self {
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
