//! Typed expectations of the operations tagged `Declassify Source`: `server.expect(mock::declassify_source::<operation>()...)`.
#[allow(unused_imports)]
use crate::{models, runtime};
/// The operation of [`send_declassify_machine_account_from_source()`], as `Mock<SendDeclassifyMachineAccountFromSource>`.
pub enum SendDeclassifyMachineAccountFromSource {}
/// Expects [`DeclassifySourceApi::send_declassify_machine_account_from_source`](crate::apis::declassify_source::DeclassifySourceApi::send_declassify_machine_account_from_source): `POST /sources/{sourceId}/declassify`.
pub fn send_declassify_machine_account_from_source() -> super::Mock<
    SendDeclassifyMachineAccountFromSource,
> {
    super::Mock::new(runtime::Method::POST, "/sources/{sourceId}/declassify")
}
impl super::Mock<SendDeclassifyMachineAccountFromSource> {
    /// Requires path parameter `sourceId` with `value`, encoded as the client does.
    pub fn source_id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("sourceId", &value, false)
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
