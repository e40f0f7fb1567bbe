//! Typed expectations of the operations tagged `Connectors`: `server.expect(mock::connectors::<operation>()...)`.
#[allow(unused_imports)]
use crate::{models, runtime};
/// The operation of [`create_custom_connector()`], as `Mock<CreateCustomConnector>`.
pub enum CreateCustomConnector {}
/// Expects [`ConnectorsApi::create_custom_connector`](crate::apis::connectors::ConnectorsApi::create_custom_connector): `POST /connectors`.
pub fn create_custom_connector() -> super::Mock<CreateCustomConnector> {
    super::Mock::new(runtime::Method::POST, "/connectors")
}
impl super::Mock<CreateCustomConnector> {
    /// Requires a JSON body equal to `value`.
    pub fn body(self, value: &models::CustomConnectorCreateRequest) -> Self {
        self.json_body(value)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::CustomConnectorResponseObject) -> Self {
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
/// The operation of [`delete_custom_connector()`], as `Mock<DeleteCustomConnector>`.
pub enum DeleteCustomConnector {}
/// Expects [`ConnectorsApi::delete_custom_connector`](crate::apis::connectors::ConnectorsApi::delete_custom_connector): `DELETE /connectors/{scriptName}`.
pub fn delete_custom_connector() -> super::Mock<DeleteCustomConnector> {
    super::Mock::new(runtime::Method::DELETE, "/connectors/{scriptName}")
}
impl super::Mock<DeleteCustomConnector> {
    /// Requires path parameter `scriptName` with `value`, encoded as the client does.
    pub fn script_name(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("scriptName", &value, false)
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
/// The operation of [`get_connector()`], as `Mock<GetConnector>`.
pub enum GetConnector {}
/// Expects [`ConnectorsApi::get_connector`](crate::apis::connectors::ConnectorsApi::get_connector): `GET /connectors/{scriptName}`.
pub fn get_connector() -> super::Mock<GetConnector> {
    super::Mock::new(runtime::Method::GET, "/connectors/{scriptName}")
}
impl super::Mock<GetConnector> {
    /// Requires path parameter `scriptName` with `value`, encoded as the client does.
    pub fn script_name(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("scriptName", &value, false)
    }
    /// Requires query parameter `locale` with `value`, encoded as the client does.
    pub fn locale(self, value: models::GetConnectorLocale) -> Self {
        self.query_param("locale", &value, "form", true)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::ConnectorDetail) -> Self {
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
/// The operation of [`get_connector_correlation_config()`], as `Mock<GetConnectorCorrelationConfig>`.
pub enum GetConnectorCorrelationConfig {}
/// Expects [`ConnectorsApi::get_connector_correlation_config`](crate::apis::connectors::ConnectorsApi::get_connector_correlation_config): `GET /connectors/{scriptName}/correlation-config`.
pub fn get_connector_correlation_config() -> super::Mock<GetConnectorCorrelationConfig> {
    super::Mock::new(runtime::Method::GET, "/connectors/{scriptName}/correlation-config")
}
impl super::Mock<GetConnectorCorrelationConfig> {
    /// Requires path parameter `scriptName` with `value`, encoded as the client does.
    pub fn script_name(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("scriptName", &value, false)
    }
    /// Answers `200` with `body`.
    pub fn respond_ok(self, body: &[u8]) -> Self {
        self.respond_bytes(200, "application/xml", body)
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
/// The operation of [`get_connector_list()`], as `Mock<GetConnectorList>`.
pub enum GetConnectorList {}
/// Expects [`ConnectorsApi::get_connector_list`](crate::apis::connectors::ConnectorsApi::get_connector_list): `GET /connectors`.
pub fn get_connector_list() -> super::Mock<GetConnectorList> {
    super::Mock::new(runtime::Method::GET, "/connectors")
}
impl super::Mock<GetConnectorList> {
    /// Requires query parameter `filters` with `value`, encoded as the client does.
    pub fn filters(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.query_param("filters", &value, "form", true)
    }
    /// Requires query parameter `limit` with `value`, encoded as the client does.
    pub fn limit(self, value: i32) -> Self {
        self.query_param("limit", &value, "form", true)
    }
    /// Requires query parameter `offset` with `value`, encoded as the client does.
    pub fn offset(self, value: i32) -> Self {
        self.query_param("offset", &value, "form", true)
    }
    /// Requires query parameter `count` with `value`, encoded as the client does.
    pub fn count(self, value: bool) -> Self {
        self.query_param("count", &value, "form", true)
    }
    /// Requires query parameter `locale` with `value`, encoded as the client does.
    pub fn locale(self, value: models::GetConnectorListLocale) -> Self {
        self.query_param("locale", &value, "form", true)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &Vec<models::CustomConnectorResponseObject>) -> Self {
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
/// The operation of [`get_connector_source_config()`], as `Mock<GetConnectorSourceConfig>`.
pub enum GetConnectorSourceConfig {}
/// Expects [`ConnectorsApi::get_connector_source_config`](crate::apis::connectors::ConnectorsApi::get_connector_source_config): `GET /connectors/{scriptName}/source-config`.
pub fn get_connector_source_config() -> super::Mock<GetConnectorSourceConfig> {
    super::Mock::new(runtime::Method::GET, "/connectors/{scriptName}/source-config")
}
impl super::Mock<GetConnectorSourceConfig> {
    /// Requires path parameter `scriptName` with `value`, encoded as the client does.
    pub fn script_name(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("scriptName", &value, false)
    }
    /// Answers `200` with `body`.
    pub fn respond_ok(self, body: &[u8]) -> Self {
        self.respond_bytes(200, "application/xml", body)
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
/// The operation of [`get_connector_source_template()`], as `Mock<GetConnectorSourceTemplate>`.
pub enum GetConnectorSourceTemplate {}
/// Expects [`ConnectorsApi::get_connector_source_template`](crate::apis::connectors::ConnectorsApi::get_connector_source_template): `GET /connectors/{scriptName}/source-template`.
pub fn get_connector_source_template() -> super::Mock<GetConnectorSourceTemplate> {
    super::Mock::new(runtime::Method::GET, "/connectors/{scriptName}/source-template")
}
impl super::Mock<GetConnectorSourceTemplate> {
    /// Requires path parameter `scriptName` with `value`, encoded as the client does.
    pub fn script_name(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("scriptName", &value, false)
    }
    /// Answers `200` with `body`.
    pub fn respond_ok(self, body: &[u8]) -> Self {
        self.respond_bytes(200, "application/xml", body)
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
/// The operation of [`get_connector_translations()`], as `Mock<GetConnectorTranslations>`.
pub enum GetConnectorTranslations {}
/// Expects [`ConnectorsApi::get_connector_translations`](crate::apis::connectors::ConnectorsApi::get_connector_translations): `GET /connectors/{scriptName}/translations/{locale}`.
pub fn get_connector_translations() -> super::Mock<GetConnectorTranslations> {
    super::Mock::new(
        runtime::Method::GET,
        "/connectors/{scriptName}/translations/{locale}",
    )
}
impl super::Mock<GetConnectorTranslations> {
    /// Requires path parameter `scriptName` with `value`, encoded as the client does.
    pub fn script_name(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("scriptName", &value, false)
    }
    /// Requires path parameter `locale` with `value`, encoded as the client does.
    pub fn locale(self, value: models::GetConnectorTranslationsLocale) -> Self {
        self.path_param("locale", &value, false)
    }
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
/// The operation of [`put_connector_correlation_config()`], as `Mock<PutConnectorCorrelationConfig>`.
pub enum PutConnectorCorrelationConfig {}
/// Expects [`ConnectorsApi::put_connector_correlation_config`](crate::apis::connectors::ConnectorsApi::put_connector_correlation_config): `PUT /connectors/{scriptName}/correlation-config`.
pub fn put_connector_correlation_config() -> super::Mock<PutConnectorCorrelationConfig> {
    super::Mock::new(runtime::Method::PUT, "/connectors/{scriptName}/correlation-config")
}
impl super::Mock<PutConnectorCorrelationConfig> {
    /// Requires path parameter `scriptName` with `value`, encoded as the client does.
    pub fn script_name(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("scriptName", &value, false)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::UpdateDetail) -> Self {
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
/// The operation of [`put_connector_source_config()`], as `Mock<PutConnectorSourceConfig>`.
pub enum PutConnectorSourceConfig {}
/// Expects [`ConnectorsApi::put_connector_source_config`](crate::apis::connectors::ConnectorsApi::put_connector_source_config): `PUT /connectors/{scriptName}/source-config`.
pub fn put_connector_source_config() -> super::Mock<PutConnectorSourceConfig> {
    super::Mock::new(runtime::Method::PUT, "/connectors/{scriptName}/source-config")
}
impl super::Mock<PutConnectorSourceConfig> {
    /// Requires path parameter `scriptName` with `value`, encoded as the client does.
    pub fn script_name(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("scriptName", &value, false)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::UpdateDetail) -> Self {
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
/// The operation of [`put_connector_source_template()`], as `Mock<PutConnectorSourceTemplate>`.
pub enum PutConnectorSourceTemplate {}
/// Expects [`ConnectorsApi::put_connector_source_template`](crate::apis::connectors::ConnectorsApi::put_connector_source_template): `PUT /connectors/{scriptName}/source-template`.
pub fn put_connector_source_template() -> super::Mock<PutConnectorSourceTemplate> {
    super::Mock::new(runtime::Method::PUT, "/connectors/{scriptName}/source-template")
}
impl super::Mock<PutConnectorSourceTemplate> {
    /// Requires path parameter `scriptName` with `value`, encoded as the client does.
    pub fn script_name(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("scriptName", &value, false)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::UpdateDetail) -> Self {
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
/// The operation of [`put_connector_translations()`], as `Mock<PutConnectorTranslations>`.
pub enum PutConnectorTranslations {}
/// Expects [`ConnectorsApi::put_connector_translations`](crate::apis::connectors::ConnectorsApi::put_connector_translations): `PUT /connectors/{scriptName}/translations/{locale}`.
pub fn put_connector_translations() -> super::Mock<PutConnectorTranslations> {
    super::Mock::new(
        runtime::Method::PUT,
        "/connectors/{scriptName}/translations/{locale}",
    )
}
impl super::Mock<PutConnectorTranslations> {
    /// Requires path parameter `scriptName` with `value`, encoded as the client does.
    pub fn script_name(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("scriptName", &value, false)
    }
    /// Requires path parameter `locale` with `value`, encoded as the client does.
    pub fn locale(self, value: models::PutConnectorTranslationsLocale) -> Self {
        self.path_param("locale", &value, false)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::UpdateDetail) -> Self {
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
/// The operation of [`update_connector()`], as `Mock<UpdateConnector>`.
pub enum UpdateConnector {}
/// Expects [`ConnectorsApi::update_connector`](crate::apis::connectors::ConnectorsApi::update_connector): `PATCH /connectors/{scriptName}`.
pub fn update_connector() -> super::Mock<UpdateConnector> {
    super::Mock::new(runtime::Method::PATCH, "/connectors/{scriptName}")
}
impl super::Mock<UpdateConnector> {
    /// Requires path parameter `scriptName` with `value`, encoded as the client does.
    pub fn script_name(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("scriptName", &value, false)
    }
    /// Requires a JSON body equal to `value`.
    pub fn body(self, value: &Vec<models::JsonPatchOperation>) -> Self {
        self.json_body(value)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::ConnectorDetail) -> Self {
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
