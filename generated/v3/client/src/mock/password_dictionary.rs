//! Typed expectations of the operations tagged `Password Dictionary`: `server.expect(mock::password_dictionary::<operation>()...)`.
#[allow(unused_imports)]
use crate::{models, runtime};
/// The operation of [`get_password_dictionary()`], as `Mock<GetPasswordDictionary>`.
pub enum GetPasswordDictionary {}
/// Expects [`PasswordDictionaryApi::get_password_dictionary`](crate::apis::password_dictionary::PasswordDictionaryApi::get_password_dictionary): `GET /password-dictionary`.
pub fn get_password_dictionary() -> super::Mock<GetPasswordDictionary> {
    super::Mock::new(runtime::Method::GET, "/password-dictionary")
}
impl super::Mock<GetPasswordDictionary> {
    /// Answers `200` with `body` as text.
    pub fn respond_ok(self, body: &str) -> Self {
        self.respond_text(200, "text/plain", body)
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
/// The operation of [`put_password_dictionary()`], as `Mock<PutPasswordDictionary>`.
pub enum PutPasswordDictionary {}
/// Expects [`PasswordDictionaryApi::put_password_dictionary`](crate::apis::password_dictionary::PasswordDictionaryApi::put_password_dictionary): `PUT /password-dictionary`.
pub fn put_password_dictionary() -> super::Mock<PutPasswordDictionary> {
    super::Mock::new(runtime::Method::PUT, "/password-dictionary")
}
impl super::Mock<PutPasswordDictionary> {
    /// Answers `200` with no body.
    pub fn respond_ok(self) -> Self {
        self.respond_empty(200)
    }
    /// Answers `201` with no body.
    pub fn respond_created(self) -> Self {
        self.respond_empty(201)
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
