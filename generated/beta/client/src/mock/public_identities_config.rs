//! Typed expectations of the operations tagged `Public Identities Config`: `server.expect(mock::public_identities_config::<operation>()...)`.
#[allow(unused_imports)]
use crate::{models, runtime};
/// The operation of [`get_public_identity_config()`], as `Mock<GetPublicIdentityConfig>`.
pub enum GetPublicIdentityConfig {}
/// Expects [`PublicIdentitiesConfigApi::get_public_identity_config`](crate::apis::public_identities_config::PublicIdentitiesConfigApi::get_public_identity_config): `GET /public-identities-config`.
pub fn get_public_identity_config() -> super::Mock<GetPublicIdentityConfig> {
    super::Mock::new(runtime::Method::GET, "/public-identities-config")
}
impl super::Mock<GetPublicIdentityConfig> {
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::PublicIdentityConfig) -> Self {
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
/// The operation of [`update_public_identity_config()`], as `Mock<UpdatePublicIdentityConfig>`.
pub enum UpdatePublicIdentityConfig {}
/// Expects [`PublicIdentitiesConfigApi::update_public_identity_config`](crate::apis::public_identities_config::PublicIdentitiesConfigApi::update_public_identity_config): `PUT /public-identities-config`.
pub fn update_public_identity_config() -> super::Mock<UpdatePublicIdentityConfig> {
    super::Mock::new(runtime::Method::PUT, "/public-identities-config")
}
impl super::Mock<UpdatePublicIdentityConfig> {
    /// Requires a JSON body equal to `value`.
    pub fn body(self, value: &models::PublicIdentityConfig) -> Self {
        self.json_body(value)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::PublicIdentityConfig) -> Self {
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
