//! Typed expectations of the operations tagged `Personal Access Tokens`: `server.expect(mock::personal_access_tokens::<operation>()...)`.
#[allow(unused_imports)]
use crate::{models, runtime};
/// The operation of [`create_personal_access_token()`], as `Mock<CreatePersonalAccessToken>`.
pub enum CreatePersonalAccessToken {}
/// Expects [`PersonalAccessTokensApi::create_personal_access_token`](crate::apis::personal_access_tokens::PersonalAccessTokensApi::create_personal_access_token): `POST /personal-access-tokens`.
pub fn create_personal_access_token() -> super::Mock<CreatePersonalAccessToken> {
    super::Mock::new(runtime::Method::POST, "/personal-access-tokens")
}
impl super::Mock<CreatePersonalAccessToken> {
    /// Requires a JSON body equal to `value`.
    pub fn body(self, value: &models::CreatePersonalAccessTokenRequest) -> Self {
        self.json_body(value)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::CreatePersonalAccessTokenResponse) -> Self {
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
/// The operation of [`delete_personal_access_token()`], as `Mock<DeletePersonalAccessToken>`.
pub enum DeletePersonalAccessToken {}
/// Expects [`PersonalAccessTokensApi::delete_personal_access_token`](crate::apis::personal_access_tokens::PersonalAccessTokensApi::delete_personal_access_token): `DELETE /personal-access-tokens/{id}`.
pub fn delete_personal_access_token() -> super::Mock<DeletePersonalAccessToken> {
    super::Mock::new(runtime::Method::DELETE, "/personal-access-tokens/{id}")
}
impl super::Mock<DeletePersonalAccessToken> {
    /// Requires path parameter `id` with `value`, encoded as the client does.
    pub fn id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
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
/// The operation of [`list_personal_access_tokens()`], as `Mock<ListPersonalAccessTokens>`.
pub enum ListPersonalAccessTokens {}
/// Expects [`PersonalAccessTokensApi::list_personal_access_tokens`](crate::apis::personal_access_tokens::PersonalAccessTokensApi::list_personal_access_tokens): `GET /personal-access-tokens`.
pub fn list_personal_access_tokens() -> super::Mock<ListPersonalAccessTokens> {
    super::Mock::new(runtime::Method::GET, "/personal-access-tokens")
}
impl super::Mock<ListPersonalAccessTokens> {
    /// Requires query parameter `owner-id` with `value`, encoded as the client does.
    pub fn owner_id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.query_param("owner-id", &value, "form", true)
    }
    /// Requires query parameter `filters` with `value`, encoded as the client does.
    pub fn filters(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.query_param("filters", &value, "form", true)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &Vec<models::GetPersonalAccessTokenResponse>) -> Self {
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
/// The operation of [`patch_personal_access_token()`], as `Mock<PatchPersonalAccessToken>`.
pub enum PatchPersonalAccessToken {}
/// Expects [`PersonalAccessTokensApi::patch_personal_access_token`](crate::apis::personal_access_tokens::PersonalAccessTokensApi::patch_personal_access_token): `PATCH /personal-access-tokens/{id}`.
pub fn patch_personal_access_token() -> super::Mock<PatchPersonalAccessToken> {
    super::Mock::new(runtime::Method::PATCH, "/personal-access-tokens/{id}")
}
impl super::Mock<PatchPersonalAccessToken> {
    /// Requires path parameter `id` with `value`, encoded as the client does.
    pub fn id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("id", &value, false)
    }
    /// Requires a JSON body equal to `value`.
    pub fn body(self, value: &Vec<models::JsonPatchOperation>) -> Self {
        self.json_body(value)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::GetPersonalAccessTokenResponse) -> Self {
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
