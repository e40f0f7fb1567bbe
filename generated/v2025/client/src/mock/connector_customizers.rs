//! Typed expectations of the operations tagged `Connector Customizers`: `server.expect(mock::connector_customizers::<operation>()...)`.
#[allow(unused_imports)]
use crate::{models, runtime};
/// The operation of [`create_connector_customizer()`], as `Mock<CreateConnectorCustomizer>`.
pub enum CreateConnectorCustomizer {}
/// Expects [`ConnectorCustomizersApi::create_connector_customizer`](crate::apis::connector_customizers::ConnectorCustomizersApi::create_connector_customizer): `POST /connector-customizers`.
pub fn create_connector_customizer() -> super::Mock<CreateConnectorCustomizer> {
    super::Mock::new(runtime::Method::POST, "/connector-customizers")
}
impl super::Mock<CreateConnectorCustomizer> {
    /// Requires a JSON body equal to `value`.
    pub fn body(self, value: &models::ConnectorCustomizerCreateRequest) -> Self {
        self.json_body(value)
    }
    /// Answers `201` with `body` as JSON.
    pub fn respond_created(
        self,
        body: &models::ConnectorCustomizerCreateResponse,
    ) -> Self {
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
/// The operation of [`create_connector_customizer_version()`], as `Mock<CreateConnectorCustomizerVersion>`.
pub enum CreateConnectorCustomizerVersion {}
/// Expects [`ConnectorCustomizersApi::create_connector_customizer_version`](crate::apis::connector_customizers::ConnectorCustomizersApi::create_connector_customizer_version): `POST /connector-customizers/{id}/versions`.
pub fn create_connector_customizer_version() -> super::Mock<
    CreateConnectorCustomizerVersion,
> {
    super::Mock::new(runtime::Method::POST, "/connector-customizers/{id}/versions")
}
impl super::Mock<CreateConnectorCustomizerVersion> {
    /// Requires path parameter `id` with `value`, encoded as the client does.
    pub fn id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("id", &value, false)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(
        self,
        body: &Option<models::ConnectorCustomizerVersionCreateResponse>,
    ) -> Self {
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
/// The operation of [`delete_connector_customizer()`], as `Mock<DeleteConnectorCustomizer>`.
pub enum DeleteConnectorCustomizer {}
/// Expects [`ConnectorCustomizersApi::delete_connector_customizer`](crate::apis::connector_customizers::ConnectorCustomizersApi::delete_connector_customizer): `DELETE /connector-customizers/{id}`.
pub fn delete_connector_customizer() -> super::Mock<DeleteConnectorCustomizer> {
    super::Mock::new(runtime::Method::DELETE, "/connector-customizers/{id}")
}
impl super::Mock<DeleteConnectorCustomizer> {
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
/// The operation of [`get_connector_customizer()`], as `Mock<GetConnectorCustomizer>`.
pub enum GetConnectorCustomizer {}
/// Expects [`ConnectorCustomizersApi::get_connector_customizer`](crate::apis::connector_customizers::ConnectorCustomizersApi::get_connector_customizer): `GET /connector-customizers/{id}`.
pub fn get_connector_customizer() -> super::Mock<GetConnectorCustomizer> {
    super::Mock::new(runtime::Method::GET, "/connector-customizers/{id}")
}
impl super::Mock<GetConnectorCustomizer> {
    /// Requires path parameter `id` with `value`, encoded as the client does.
    pub fn id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("id", &value, false)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::ConnectorCustomizersResponse) -> Self {
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
/// The operation of [`list_connector_customizers()`], as `Mock<ListConnectorCustomizers>`.
pub enum ListConnectorCustomizers {}
/// Expects [`ConnectorCustomizersApi::list_connector_customizers`](crate::apis::connector_customizers::ConnectorCustomizersApi::list_connector_customizers): `GET /connector-customizers`.
pub fn list_connector_customizers() -> super::Mock<ListConnectorCustomizers> {
    super::Mock::new(runtime::Method::GET, "/connector-customizers")
}
impl super::Mock<ListConnectorCustomizers> {
    /// Requires query parameter `offset` with `value`, encoded as the client does.
    pub fn offset(self, value: i32) -> Self {
        self.query_param("offset", &value, "form", true)
    }
    /// Requires query parameter `limit` with `value`, encoded as the client does.
    pub fn limit(self, value: i32) -> Self {
        self.query_param("limit", &value, "form", true)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &Vec<models::ConnectorCustomizersResponse>) -> Self {
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
/// The operation of [`put_connector_customizer()`], as `Mock<PutConnectorCustomizer>`.
pub enum PutConnectorCustomizer {}
/// Expects [`ConnectorCustomizersApi::put_connector_customizer`](crate::apis::connector_customizers::ConnectorCustomizersApi::put_connector_customizer): `PUT /connector-customizers/{id}`.
pub fn put_connector_customizer() -> super::Mock<PutConnectorCustomizer> {
    super::Mock::new(runtime::Method::PUT, "/connector-customizers/{id}")
}
impl super::Mock<PutConnectorCustomizer> {
    /// Requires path parameter `id` with `value`, encoded as the client does.
    pub fn id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("id", &value, false)
    }
    /// Requires a JSON body equal to `value`.
    pub fn body(self, value: &models::ConnectorCustomizerCreateRequest) -> Self {
        self.json_body(value)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::ConnectorCustomizerUpdateResponse) -> Self {
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
