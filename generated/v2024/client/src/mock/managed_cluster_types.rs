//! Typed expectations of the operations tagged `Managed Cluster Types`: `server.expect(mock::managed_cluster_types::<operation>()...)`.
#[allow(unused_imports)]
use crate::{models, runtime};
/// The operation of [`create_managed_cluster_type()`], as `Mock<CreateManagedClusterType>`.
pub enum CreateManagedClusterType {}
/// Expects [`ManagedClusterTypesApi::create_managed_cluster_type`](crate::apis::managed_cluster_types::ManagedClusterTypesApi::create_managed_cluster_type): `POST /managed-cluster-types`.
pub fn create_managed_cluster_type() -> super::Mock<CreateManagedClusterType> {
    super::Mock::new(runtime::Method::POST, "/managed-cluster-types")
}
impl super::Mock<CreateManagedClusterType> {
    /// Requires a JSON body equal to `value`.
    pub fn body(self, value: &models::ManagedClusterType) -> Self {
        self.json_body(value)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::ManagedClusterType) -> Self {
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
/// The operation of [`delete_managed_cluster_type()`], as `Mock<DeleteManagedClusterType>`.
pub enum DeleteManagedClusterType {}
/// Expects [`ManagedClusterTypesApi::delete_managed_cluster_type`](crate::apis::managed_cluster_types::ManagedClusterTypesApi::delete_managed_cluster_type): `DELETE /managed-cluster-types/{id}`.
pub fn delete_managed_cluster_type() -> super::Mock<DeleteManagedClusterType> {
    super::Mock::new(runtime::Method::DELETE, "/managed-cluster-types/{id}")
}
impl super::Mock<DeleteManagedClusterType> {
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
    /// Answers `429` with `body` as JSON.
    pub fn respond_too_many_requests(self, body: &models::TooManyRequests) -> Self {
        self.respond_json(429, body)
    }
    /// Answers `500` with `body` as JSON.
    pub fn respond_internal_server_error(self, body: &models::ErrorResponseDto) -> Self {
        self.respond_json(500, body)
    }
}
/// The operation of [`get_managed_cluster_type()`], as `Mock<GetManagedClusterType>`.
pub enum GetManagedClusterType {}
/// Expects [`ManagedClusterTypesApi::get_managed_cluster_type`](crate::apis::managed_cluster_types::ManagedClusterTypesApi::get_managed_cluster_type): `GET /managed-cluster-types/{id}`.
pub fn get_managed_cluster_type() -> super::Mock<GetManagedClusterType> {
    super::Mock::new(runtime::Method::GET, "/managed-cluster-types/{id}")
}
impl super::Mock<GetManagedClusterType> {
    /// Requires path parameter `id` with `value`, encoded as the client does.
    pub fn id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("id", &value, false)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::ManagedClusterType) -> Self {
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
/// The operation of [`get_managed_cluster_types()`], as `Mock<GetManagedClusterTypes>`.
pub enum GetManagedClusterTypes {}
/// Expects [`ManagedClusterTypesApi::get_managed_cluster_types`](crate::apis::managed_cluster_types::ManagedClusterTypesApi::get_managed_cluster_types): `GET /managed-cluster-types`.
pub fn get_managed_cluster_types() -> super::Mock<GetManagedClusterTypes> {
    super::Mock::new(runtime::Method::GET, "/managed-cluster-types")
}
impl super::Mock<GetManagedClusterTypes> {
    /// Requires query parameter `type` with `value`, encoded as the client does.
    pub fn r#type(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.query_param("type", &value, "form", true)
    }
    /// Requires query parameter `pod` with `value`, encoded as the client does.
    pub fn pod(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.query_param("pod", &value, "form", true)
    }
    /// Requires query parameter `org` with `value`, encoded as the client does.
    pub fn org(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.query_param("org", &value, "form", true)
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
    pub fn respond_ok(self, body: &Vec<models::ManagedClusterType>) -> Self {
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
/// The operation of [`update_managed_cluster_type()`], as `Mock<UpdateManagedClusterType>`.
pub enum UpdateManagedClusterType {}
/// Expects [`ManagedClusterTypesApi::update_managed_cluster_type`](crate::apis::managed_cluster_types::ManagedClusterTypesApi::update_managed_cluster_type): `PATCH /managed-cluster-types/{id}`.
pub fn update_managed_cluster_type() -> super::Mock<UpdateManagedClusterType> {
    super::Mock::new(runtime::Method::PATCH, "/managed-cluster-types/{id}")
}
impl super::Mock<UpdateManagedClusterType> {
    /// Requires path parameter `id` with `value`, encoded as the client does.
    pub fn id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("id", &value, false)
    }
    /// Requires a JSON body equal to `value`.
    pub fn body(self, value: &models::JsonPatch) -> Self {
        self.json_body(value)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::ManagedClusterType) -> Self {
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
