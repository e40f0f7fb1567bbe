//! Typed expectations of the operations tagged `Managed Clusters`: `server.expect(mock::managed_clusters::<operation>()...)`.
#[allow(unused_imports)]
use crate::{models, runtime};
/// The operation of [`create_managed_cluster()`], as `Mock<CreateManagedCluster>`.
pub enum CreateManagedCluster {}
/// Expects [`ManagedClustersApi::create_managed_cluster`](crate::apis::managed_clusters::ManagedClustersApi::create_managed_cluster): `POST /managed-clusters`.
pub fn create_managed_cluster() -> super::Mock<CreateManagedCluster> {
    super::Mock::new(runtime::Method::POST, "/managed-clusters")
}
impl super::Mock<CreateManagedCluster> {
    /// Requires a JSON body equal to `value`.
    pub fn body(self, value: &models::ManagedClusterRequest) -> Self {
        self.json_body(value)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::ManagedCluster) -> Self {
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
/// The operation of [`delete_managed_cluster()`], as `Mock<DeleteManagedCluster>`.
pub enum DeleteManagedCluster {}
/// Expects [`ManagedClustersApi::delete_managed_cluster`](crate::apis::managed_clusters::ManagedClustersApi::delete_managed_cluster): `DELETE /managed-clusters/{id}`.
pub fn delete_managed_cluster() -> super::Mock<DeleteManagedCluster> {
    super::Mock::new(runtime::Method::DELETE, "/managed-clusters/{id}")
}
impl super::Mock<DeleteManagedCluster> {
    /// Requires path parameter `id` with `value`, encoded as the client does.
    pub fn id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("id", &value, false)
    }
    /// Requires query parameter `removeClients` with `value`, encoded as the client does.
    pub fn remove_clients(self, value: bool) -> Self {
        self.query_param("removeClients", &value, "form", true)
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
/// The operation of [`get_client_log_configuration()`], as `Mock<GetClientLogConfiguration>`.
pub enum GetClientLogConfiguration {}
/// Expects [`ManagedClustersApi::get_client_log_configuration`](crate::apis::managed_clusters::ManagedClustersApi::get_client_log_configuration): `GET /managed-clusters/{id}/log-config`.
pub fn get_client_log_configuration() -> super::Mock<GetClientLogConfiguration> {
    super::Mock::new(runtime::Method::GET, "/managed-clusters/{id}/log-config")
}
impl super::Mock<GetClientLogConfiguration> {
    /// Requires path parameter `id` with `value`, encoded as the client does.
    pub fn id(self, value: String) -> Self {
        self.path_param("id", &value, false)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &Option<models::ClientLogConfiguration>) -> Self {
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
/// The operation of [`get_managed_cluster()`], as `Mock<GetManagedCluster>`.
pub enum GetManagedCluster {}
/// Expects [`ManagedClustersApi::get_managed_cluster`](crate::apis::managed_clusters::ManagedClustersApi::get_managed_cluster): `GET /managed-clusters/{id}`.
pub fn get_managed_cluster() -> super::Mock<GetManagedCluster> {
    super::Mock::new(runtime::Method::GET, "/managed-clusters/{id}")
}
impl super::Mock<GetManagedCluster> {
    /// Requires path parameter `id` with `value`, encoded as the client does.
    pub fn id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("id", &value, false)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::ManagedCluster) -> Self {
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
/// The operation of [`get_managed_clusters()`], as `Mock<GetManagedClusters>`.
pub enum GetManagedClusters {}
/// Expects [`ManagedClustersApi::get_managed_clusters`](crate::apis::managed_clusters::ManagedClustersApi::get_managed_clusters): `GET /managed-clusters`.
pub fn get_managed_clusters() -> super::Mock<GetManagedClusters> {
    super::Mock::new(runtime::Method::GET, "/managed-clusters")
}
impl super::Mock<GetManagedClusters> {
    /// Requires query parameter `offset` with `value`, encoded as the client does.
    pub fn offset(self, value: i32) -> Self {
        self.query_param("offset", &value, "form", true)
    }
    /// Requires query parameter `limit` with `value`, encoded as the client does.
    pub fn limit(self, value: i32) -> Self {
        self.query_param("limit", &value, "form", true)
    }
    /// Requires query parameter `count` with `value`, encoded as the client does.
    pub fn count(self, value: bool) -> Self {
        self.query_param("count", &value, "form", true)
    }
    /// Requires query parameter `filters` with `value`, encoded as the client does.
    pub fn filters(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.query_param("filters", &value, "form", true)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &Vec<models::ManagedCluster>) -> Self {
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
/// The operation of [`put_client_log_configuration()`], as `Mock<PutClientLogConfiguration>`.
pub enum PutClientLogConfiguration {}
/// Expects [`ManagedClustersApi::put_client_log_configuration`](crate::apis::managed_clusters::ManagedClustersApi::put_client_log_configuration): `PUT /managed-clusters/{id}/log-config`.
pub fn put_client_log_configuration() -> super::Mock<PutClientLogConfiguration> {
    super::Mock::new(runtime::Method::PUT, "/managed-clusters/{id}/log-config")
}
impl super::Mock<PutClientLogConfiguration> {
    /// Requires path parameter `id` with `value`, encoded as the client does.
    pub fn id(self, value: String) -> Self {
        self.path_param("id", &value, false)
    }
    /// Requires a JSON body equal to `value`.
    pub fn body(self, value: &models::PutClientLogConfigurationRequest) -> Self {
        self.json_body(value)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &Option<models::ClientLogConfiguration>) -> Self {
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
/// The operation of [`update()`], as `Mock<Update>`.
pub enum Update {}
/// Expects [`ManagedClustersApi::update`](crate::apis::managed_clusters::ManagedClustersApi::update): `POST /managed-clusters/{id}/manualUpgrade`.
pub fn update() -> super::Mock<Update> {
    super::Mock::new(runtime::Method::POST, "/managed-clusters/{id}/manualUpgrade")
}
impl super::Mock<Update> {
    /// Requires path parameter `id` with `value`, encoded as the client does.
    pub fn id(self, value: String) -> Self {
        self.path_param("id", &value, false)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::ClusterManualUpgrade) -> Self {
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
/// The operation of [`update_managed_cluster()`], as `Mock<UpdateManagedCluster>`.
pub enum UpdateManagedCluster {}
/// Expects [`ManagedClustersApi::update_managed_cluster`](crate::apis::managed_clusters::ManagedClustersApi::update_managed_cluster): `PATCH /managed-clusters/{id}`.
pub fn update_managed_cluster() -> super::Mock<UpdateManagedCluster> {
    super::Mock::new(runtime::Method::PATCH, "/managed-clusters/{id}")
}
impl super::Mock<UpdateManagedCluster> {
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
    pub fn respond_ok(self, body: &models::ManagedCluster) -> Self {
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
