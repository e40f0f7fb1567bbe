//! Typed expectations of the operations tagged `Search Attribute Configuration`: `server.expect(mock::search_attribute_configuration::<operation>()...)`.
#[allow(unused_imports)]
use crate::{models, runtime};
/// The operation of [`create_search_attribute_config()`], as `Mock<CreateSearchAttributeConfig>`.
pub enum CreateSearchAttributeConfig {}
/// Expects [`SearchAttributeConfigurationApi::create_search_attribute_config`](crate::apis::search_attribute_configuration::SearchAttributeConfigurationApi::create_search_attribute_config): `POST /accounts/search-attribute-config`.
pub fn create_search_attribute_config() -> super::Mock<CreateSearchAttributeConfig> {
    super::Mock::new(runtime::Method::POST, "/accounts/search-attribute-config")
}
impl super::Mock<CreateSearchAttributeConfig> {
    /// Requires a JSON body equal to `value`.
    pub fn body(self, value: &models::SearchAttributeConfig) -> Self {
        self.json_body(value)
    }
    /// Answers `202` with `body` as JSON.
    pub fn respond_accepted(self, body: &models::serde_json::Value) -> Self {
        self.respond_json(202, body)
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
/// The operation of [`delete_search_attribute_config()`], as `Mock<DeleteSearchAttributeConfig>`.
pub enum DeleteSearchAttributeConfig {}
/// Expects [`SearchAttributeConfigurationApi::delete_search_attribute_config`](crate::apis::search_attribute_configuration::SearchAttributeConfigurationApi::delete_search_attribute_config): `DELETE /accounts/search-attribute-config/{name}`.
pub fn delete_search_attribute_config() -> super::Mock<DeleteSearchAttributeConfig> {
    super::Mock::new(runtime::Method::DELETE, "/accounts/search-attribute-config/{name}")
}
impl super::Mock<DeleteSearchAttributeConfig> {
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
/// The operation of [`get_search_attribute_config()`], as `Mock<GetSearchAttributeConfig>`.
pub enum GetSearchAttributeConfig {}
/// Expects [`SearchAttributeConfigurationApi::get_search_attribute_config`](crate::apis::search_attribute_configuration::SearchAttributeConfigurationApi::get_search_attribute_config): `GET /accounts/search-attribute-config`.
pub fn get_search_attribute_config() -> super::Mock<GetSearchAttributeConfig> {
    super::Mock::new(runtime::Method::GET, "/accounts/search-attribute-config")
}
impl super::Mock<GetSearchAttributeConfig> {
    /// Requires query parameter `limit` with `value`, encoded as the client does.
    pub fn limit(self, value: i32) -> Self {
        self.query_param("limit", &value, "form", true)
    }
    /// Requires query parameter `offset` with `value`, encoded as the client does.
    pub fn offset(self, value: i32) -> Self {
        self.query_param("offset", &value, "form", true)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &Vec<models::SearchAttributeConfig>) -> Self {
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
/// The operation of [`get_single_search_attribute_config()`], as `Mock<GetSingleSearchAttributeConfig>`.
pub enum GetSingleSearchAttributeConfig {}
/// Expects [`SearchAttributeConfigurationApi::get_single_search_attribute_config`](crate::apis::search_attribute_configuration::SearchAttributeConfigurationApi::get_single_search_attribute_config): `GET /accounts/search-attribute-config/{name}`.
pub fn get_single_search_attribute_config() -> super::Mock<
    GetSingleSearchAttributeConfig,
> {
    super::Mock::new(runtime::Method::GET, "/accounts/search-attribute-config/{name}")
}
impl super::Mock<GetSingleSearchAttributeConfig> {
    /// Requires path parameter `name` with `value`, encoded as the client does.
    pub fn name(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("name", &value, false)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &Vec<models::SearchAttributeConfig>) -> Self {
        self.respond_json(200, body)
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
/// The operation of [`patch_search_attribute_config()`], as `Mock<PatchSearchAttributeConfig>`.
pub enum PatchSearchAttributeConfig {}
/// Expects [`SearchAttributeConfigurationApi::patch_search_attribute_config`](crate::apis::search_attribute_configuration::SearchAttributeConfigurationApi::patch_search_attribute_config): `PATCH /accounts/search-attribute-config/{name}`.
pub fn patch_search_attribute_config() -> super::Mock<PatchSearchAttributeConfig> {
    super::Mock::new(runtime::Method::PATCH, "/accounts/search-attribute-config/{name}")
}
impl super::Mock<PatchSearchAttributeConfig> {
    /// Requires path parameter `name` with `value`, encoded as the client does.
    pub fn name(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("name", &value, false)
    }
    /// Requires a JSON body equal to `value`.
    pub fn body(self, value: &Vec<models::JsonPatchOperation>) -> Self {
        self.json_body(value)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::SearchAttributeConfig) -> Self {
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
