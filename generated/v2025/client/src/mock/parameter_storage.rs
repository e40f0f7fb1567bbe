//! Typed expectations of the operations tagged `Parameter Storage`: `server.expect(mock::parameter_storage::<operation>()...)`.
#[allow(unused_imports)]
use crate::{models, runtime};
/// The operation of [`create_parameter()`], as `Mock<CreateParameter>`.
pub enum CreateParameter {}
/// Expects [`ParameterStorageApi::create_parameter`](crate::apis::parameter_storage::ParameterStorageApi::create_parameter): `POST /parameter-storage/parameters`.
pub fn create_parameter() -> super::Mock<CreateParameter> {
    super::Mock::new(runtime::Method::POST, "/parameter-storage/parameters")
}
impl super::Mock<CreateParameter> {
    /// Requires a JSON body equal to `value`.
    pub fn body(self, value: &models::ParameterStorageNewParameter) -> Self {
        self.json_body(value)
    }
    /// Answers `201` with `body` as JSON.
    pub fn respond_created(self, body: &models::ParameterStorageParameter) -> Self {
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
/// The operation of [`delete_parameter()`], as `Mock<DeleteParameter>`.
pub enum DeleteParameter {}
/// Expects [`ParameterStorageApi::delete_parameter`](crate::apis::parameter_storage::ParameterStorageApi::delete_parameter): `DELETE /parameter-storage/parameters/{id}`.
pub fn delete_parameter() -> super::Mock<DeleteParameter> {
    super::Mock::new(runtime::Method::DELETE, "/parameter-storage/parameters/{id}")
}
impl super::Mock<DeleteParameter> {
    /// Requires path parameter `id` with `value`, encoded as the client does.
    pub fn id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("id", &value, false)
    }
    /// Answers `200` with no body.
    pub fn respond_ok(self) -> Self {
        self.respond_empty(200)
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
    /// Answers `409` with `body`.
    pub fn respond_conflict(self, body: &[u8]) -> Self {
        self.respond_bytes(409, "schema", body)
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
/// The operation of [`get_attestation_document()`], as `Mock<GetAttestationDocument>`.
pub enum GetAttestationDocument {}
/// Expects [`ParameterStorageApi::get_attestation_document`](crate::apis::parameter_storage::ParameterStorageApi::get_attestation_document): `GET /parameter-storage/attestation`.
pub fn get_attestation_document() -> super::Mock<GetAttestationDocument> {
    super::Mock::new(runtime::Method::GET, "/parameter-storage/attestation")
}
impl super::Mock<GetAttestationDocument> {
    /// Requires query parameter `key` with `value`, encoded as the client does.
    pub fn key(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.query_param("key", &value, "form", true)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::ParameterStorageAttestationDocument) -> Self {
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
/// The operation of [`get_parameter()`], as `Mock<GetParameter>`.
pub enum GetParameter {}
/// Expects [`ParameterStorageApi::get_parameter`](crate::apis::parameter_storage::ParameterStorageApi::get_parameter): `GET /parameter-storage/parameters/{id}`.
pub fn get_parameter() -> super::Mock<GetParameter> {
    super::Mock::new(runtime::Method::GET, "/parameter-storage/parameters/{id}")
}
impl super::Mock<GetParameter> {
    /// Requires path parameter `id` with `value`, encoded as the client does.
    pub fn id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("id", &value, false)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::ParameterStorageParameter) -> Self {
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
/// The operation of [`get_parameter_references()`], as `Mock<GetParameterReferences>`.
pub enum GetParameterReferences {}
/// Expects [`ParameterStorageApi::get_parameter_references`](crate::apis::parameter_storage::ParameterStorageApi::get_parameter_references): `GET /parameter-storage/parameters/{id}/references`.
pub fn get_parameter_references() -> super::Mock<GetParameterReferences> {
    super::Mock::new(
        runtime::Method::GET,
        "/parameter-storage/parameters/{id}/references",
    )
}
impl super::Mock<GetParameterReferences> {
    /// Requires path parameter `id` with `value`, encoded as the client does.
    pub fn id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("id", &value, false)
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
    /// Requires query parameter `offset` with `value`, encoded as the client does.
    pub fn offset(self, value: i32) -> Self {
        self.query_param("offset", &value, "form", true)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &Vec<models::ParameterStorageReference>) -> Self {
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
/// The operation of [`get_parameter_storage_specification()`], as `Mock<GetParameterStorageSpecification>`.
pub enum GetParameterStorageSpecification {}
/// Expects [`ParameterStorageApi::get_parameter_storage_specification`](crate::apis::parameter_storage::ParameterStorageApi::get_parameter_storage_specification): `GET /parameter-storage/specification`.
pub fn get_parameter_storage_specification() -> super::Mock<
    GetParameterStorageSpecification,
> {
    super::Mock::new(runtime::Method::GET, "/parameter-storage/specification")
}
impl super::Mock<GetParameterStorageSpecification> {
    /// Requires header `Accept-Language` with `value`, encoded as the client does.
    pub fn accept_language(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.header_param("Accept-Language", &value)
    }
    /// Answers `200` with no body.
    pub fn respond_ok(self) -> Self {
        self.respond_empty(200)
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
/// The operation of [`search_parameters()`], as `Mock<SearchParameters>`.
pub enum SearchParameters {}
/// Expects [`ParameterStorageApi::search_parameters`](crate::apis::parameter_storage::ParameterStorageApi::search_parameters): `GET /parameter-storage/parameters`.
pub fn search_parameters() -> super::Mock<SearchParameters> {
    super::Mock::new(runtime::Method::GET, "/parameter-storage/parameters")
}
impl super::Mock<SearchParameters> {
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
    /// Requires query parameter `offset` with `value`, encoded as the client does.
    pub fn offset(self, value: i32) -> Self {
        self.query_param("offset", &value, "form", true)
    }
    /// Requires query parameter `limit` with `value`, encoded as the client does.
    pub fn limit(self, value: i32) -> Self {
        self.query_param("limit", &value, "form", true)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &Vec<models::ParameterStorageParameter>) -> Self {
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
/// The operation of [`update_parameter()`], as `Mock<UpdateParameter>`.
pub enum UpdateParameter {}
/// Expects [`ParameterStorageApi::update_parameter`](crate::apis::parameter_storage::ParameterStorageApi::update_parameter): `PATCH /parameter-storage/parameters/{id}`.
pub fn update_parameter() -> super::Mock<UpdateParameter> {
    super::Mock::new(runtime::Method::PATCH, "/parameter-storage/parameters/{id}")
}
impl super::Mock<UpdateParameter> {
    /// Requires path parameter `id` with `value`, encoded as the client does.
    pub fn id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("id", &value, false)
    }
    /// Requires a JSON body equal to `value`.
    pub fn body(self, value: &models::ParameterStorageUpdateParameter) -> Self {
        self.json_body(value)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::ParameterStorageParameter) -> Self {
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
    /// Answers `409` with `body`.
    pub fn respond_conflict(self, body: &[u8]) -> Self {
        self.respond_bytes(409, "schema", body)
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
