//! Typed expectations of the operations tagged `Access Model Metadata`: `server.expect(mock::access_model_metadata::<operation>()...)`.
#[allow(unused_imports)]
use crate::{models, runtime};
/// The operation of [`create_access_model_metadata_attribute()`], as `Mock<CreateAccessModelMetadataAttribute>`.
pub enum CreateAccessModelMetadataAttribute {}
/// Expects [`AccessModelMetadataApi::create_access_model_metadata_attribute`](crate::apis::access_model_metadata::AccessModelMetadataApi::create_access_model_metadata_attribute): `POST /access-model-metadata/attributes`.
pub fn create_access_model_metadata_attribute() -> super::Mock<
    CreateAccessModelMetadataAttribute,
> {
    super::Mock::new(runtime::Method::POST, "/access-model-metadata/attributes")
}
impl super::Mock<CreateAccessModelMetadataAttribute> {
    /// Requires a JSON body equal to `value`.
    pub fn body(self, value: &models::AttributeDto) -> Self {
        self.json_body(value)
    }
    /// Answers `201` with `body` as JSON.
    pub fn respond_created(self, body: &models::AttributeDto) -> Self {
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
/// The operation of [`create_access_model_metadata_attribute_value()`], as `Mock<CreateAccessModelMetadataAttributeValue>`.
pub enum CreateAccessModelMetadataAttributeValue {}
/// Expects [`AccessModelMetadataApi::create_access_model_metadata_attribute_value`](crate::apis::access_model_metadata::AccessModelMetadataApi::create_access_model_metadata_attribute_value): `POST /access-model-metadata/attributes/{key}/values`.
pub fn create_access_model_metadata_attribute_value() -> super::Mock<
    CreateAccessModelMetadataAttributeValue,
> {
    super::Mock::new(
        runtime::Method::POST,
        "/access-model-metadata/attributes/{key}/values",
    )
}
impl super::Mock<CreateAccessModelMetadataAttributeValue> {
    /// Requires path parameter `key` with `value`, encoded as the client does.
    pub fn key(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("key", &value, false)
    }
    /// Requires a JSON body equal to `value`.
    pub fn body(self, value: &models::AttributeValueDto) -> Self {
        self.json_body(value)
    }
    /// Answers `201` with `body` as JSON.
    pub fn respond_created(self, body: &models::AttributeValueDto) -> Self {
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
/// The operation of [`get_access_model_metadata_attribute()`], as `Mock<GetAccessModelMetadataAttribute>`.
pub enum GetAccessModelMetadataAttribute {}
/// Expects [`AccessModelMetadataApi::get_access_model_metadata_attribute`](crate::apis::access_model_metadata::AccessModelMetadataApi::get_access_model_metadata_attribute): `GET /access-model-metadata/attributes/{key}`.
pub fn get_access_model_metadata_attribute() -> super::Mock<
    GetAccessModelMetadataAttribute,
> {
    super::Mock::new(runtime::Method::GET, "/access-model-metadata/attributes/{key}")
}
impl super::Mock<GetAccessModelMetadataAttribute> {
    /// Requires path parameter `key` with `value`, encoded as the client does.
    pub fn key(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("key", &value, false)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::AttributeDto) -> Self {
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
/// The operation of [`get_access_model_metadata_attribute_value()`], as `Mock<GetAccessModelMetadataAttributeValue>`.
pub enum GetAccessModelMetadataAttributeValue {}
/// Expects [`AccessModelMetadataApi::get_access_model_metadata_attribute_value`](crate::apis::access_model_metadata::AccessModelMetadataApi::get_access_model_metadata_attribute_value): `GET /access-model-metadata/attributes/{key}/values/{value}`.
pub fn get_access_model_metadata_attribute_value() -> super::Mock<
    GetAccessModelMetadataAttributeValue,
> {
    super::Mock::new(
        runtime::Method::GET,
        "/access-model-metadata/attributes/{key}/values/{value}",
    )
}
impl super::Mock<GetAccessModelMetadataAttributeValue> {
    /// Requires path parameter `key` with `value`, encoded as the client does.
    pub fn key(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("key", &value, false)
    }
    /// Requires path parameter `value` with `value`, encoded as the client does.
    pub fn value(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("value", &value, false)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::AttributeValueDto) -> Self {
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
/// The operation of [`list_access_model_metadata_attribute()`], as `Mock<ListAccessModelMetadataAttribute>`.
pub enum ListAccessModelMetadataAttribute {}
/// Expects [`AccessModelMetadataApi::list_access_model_metadata_attribute`](crate::apis::access_model_metadata::AccessModelMetadataApi::list_access_model_metadata_attribute): `GET /access-model-metadata/attributes`.
pub fn list_access_model_metadata_attribute() -> super::Mock<
    ListAccessModelMetadataAttribute,
> {
    super::Mock::new(runtime::Method::GET, "/access-model-metadata/attributes")
}
impl super::Mock<ListAccessModelMetadataAttribute> {
    /// Requires query parameter `filters` with `value`, encoded as the client does.
    pub fn filters(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.query_param("filters", &value, "form", true)
    }
    /// Requires query parameter `sorters` with `value`, encoded as the client does.
    pub fn sorters(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.query_param("sorters", &value, "form", true)
    }
    /// Requires query parameter `limit` with `value`, encoded as the client does.
    pub fn limit(self, value: i32) -> Self {
        self.query_param("limit", &value, "form", true)
    }
    /// Requires query parameter `count` with `value`, encoded as the client does.
    pub fn count(self, value: bool) -> Self {
        self.query_param("count", &value, "form", true)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &Vec<models::AttributeDto>) -> Self {
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
/// The operation of [`list_access_model_metadata_attribute_value()`], as `Mock<ListAccessModelMetadataAttributeValue>`.
pub enum ListAccessModelMetadataAttributeValue {}
/// Expects [`AccessModelMetadataApi::list_access_model_metadata_attribute_value`](crate::apis::access_model_metadata::AccessModelMetadataApi::list_access_model_metadata_attribute_value): `GET /access-model-metadata/attributes/{key}/values`.
pub fn list_access_model_metadata_attribute_value() -> super::Mock<
    ListAccessModelMetadataAttributeValue,
> {
    super::Mock::new(
        runtime::Method::GET,
        "/access-model-metadata/attributes/{key}/values",
    )
}
impl super::Mock<ListAccessModelMetadataAttributeValue> {
    /// Requires path parameter `key` with `value`, encoded as the client does.
    pub fn key(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("key", &value, false)
    }
    /// Requires query parameter `limit` with `value`, encoded as the client does.
    pub fn limit(self, value: i32) -> Self {
        self.query_param("limit", &value, "form", true)
    }
    /// Requires query parameter `count` with `value`, encoded as the client does.
    pub fn count(self, value: bool) -> Self {
        self.query_param("count", &value, "form", true)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &Vec<models::AttributeValueDto>) -> Self {
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
/// The operation of [`update_access_model_metadata_attribute()`], as `Mock<UpdateAccessModelMetadataAttribute>`.
pub enum UpdateAccessModelMetadataAttribute {}
/// Expects [`AccessModelMetadataApi::update_access_model_metadata_attribute`](crate::apis::access_model_metadata::AccessModelMetadataApi::update_access_model_metadata_attribute): `PATCH /access-model-metadata/attributes/{key}`.
pub fn update_access_model_metadata_attribute() -> super::Mock<
    UpdateAccessModelMetadataAttribute,
> {
    super::Mock::new(runtime::Method::PATCH, "/access-model-metadata/attributes/{key}")
}
impl super::Mock<UpdateAccessModelMetadataAttribute> {
    /// Requires path parameter `key` with `value`, encoded as the client does.
    pub fn key(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("key", &value, false)
    }
    /// Requires a JSON body equal to `value`.
    pub fn body(self, value: &Vec<models::JsonPatchOperation>) -> Self {
        self.json_body(value)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::AttributeDto) -> Self {
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
/// The operation of [`update_access_model_metadata_attribute_value()`], as `Mock<UpdateAccessModelMetadataAttributeValue>`.
pub enum UpdateAccessModelMetadataAttributeValue {}
/// Expects [`AccessModelMetadataApi::update_access_model_metadata_attribute_value`](crate::apis::access_model_metadata::AccessModelMetadataApi::update_access_model_metadata_attribute_value): `PATCH /access-model-metadata/attributes/{key}/values/{value}`.
pub fn update_access_model_metadata_attribute_value() -> super::Mock<
    UpdateAccessModelMetadataAttributeValue,
> {
    super::Mock::new(
        runtime::Method::PATCH,
        "/access-model-metadata/attributes/{key}/values/{value}",
    )
}
impl super::Mock<UpdateAccessModelMetadataAttributeValue> {
    /// Requires path parameter `key` with `value`, encoded as the client does.
    pub fn key(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("key", &value, false)
    }
    /// Requires path parameter `value` with `value`, encoded as the client does.
    pub fn value(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("value", &value, false)
    }
    /// Requires a JSON body equal to `value`.
    pub fn body(self, value: &Vec<models::JsonPatchOperation>) -> Self {
        self.json_body(value)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::AttributeValueDto) -> Self {
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
