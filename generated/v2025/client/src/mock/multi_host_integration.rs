//! Typed expectations of the operations tagged `Multi-Host Integration`: `server.expect(mock::multi_host_integration::<operation>()...)`.
#[allow(unused_imports)]
use crate::{models, runtime};
/// The operation of [`create_multi_host_integration()`], as `Mock<CreateMultiHostIntegration>`.
pub enum CreateMultiHostIntegration {}
/// Expects [`MultiHostIntegrationApi::create_multi_host_integration`](crate::apis::multi_host_integration::MultiHostIntegrationApi::create_multi_host_integration): `POST /multihosts`.
pub fn create_multi_host_integration() -> super::Mock<CreateMultiHostIntegration> {
    super::Mock::new(runtime::Method::POST, "/multihosts")
}
impl super::Mock<CreateMultiHostIntegration> {
    /// Requires a JSON body equal to `value`.
    pub fn body(self, value: &models::MultiHostIntegrationsCreate) -> Self {
        self.json_body(value)
    }
    /// Answers `201` with `body` as JSON.
    pub fn respond_created(self, body: &models::MultiHostIntegrations) -> Self {
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
/// The operation of [`create_sources_within_multi_host()`], as `Mock<CreateSourcesWithinMultiHost>`.
pub enum CreateSourcesWithinMultiHost {}
/// Expects [`MultiHostIntegrationApi::create_sources_within_multi_host`](crate::apis::multi_host_integration::MultiHostIntegrationApi::create_sources_within_multi_host): `POST /multihosts/{multihostId}`.
pub fn create_sources_within_multi_host() -> super::Mock<CreateSourcesWithinMultiHost> {
    super::Mock::new(runtime::Method::POST, "/multihosts/{multihostId}")
}
impl super::Mock<CreateSourcesWithinMultiHost> {
    /// Requires path parameter `multihostId` with `value`, encoded as the client does.
    pub fn multihost_id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("multihostId", &value, false)
    }
    /// Requires a JSON body equal to `value`.
    pub fn body(self, value: &Vec<models::MultiHostIntegrationsCreateSources>) -> Self {
        self.json_body(value)
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
    /// Answers `429` with `body` as JSON.
    pub fn respond_too_many_requests(self, body: &models::TooManyRequests) -> Self {
        self.respond_json(429, body)
    }
    /// Answers `500` with `body` as JSON.
    pub fn respond_internal_server_error(self, body: &models::ErrorResponseDto) -> Self {
        self.respond_json(500, body)
    }
}
/// The operation of [`delete_multi_host()`], as `Mock<DeleteMultiHost>`.
pub enum DeleteMultiHost {}
/// Expects [`MultiHostIntegrationApi::delete_multi_host`](crate::apis::multi_host_integration::MultiHostIntegrationApi::delete_multi_host): `DELETE /multihosts/{multihostId}`.
pub fn delete_multi_host() -> super::Mock<DeleteMultiHost> {
    super::Mock::new(runtime::Method::DELETE, "/multihosts/{multihostId}")
}
impl super::Mock<DeleteMultiHost> {
    /// Requires path parameter `multihostId` with `value`, encoded as the client does.
    pub fn multihost_id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("multihostId", &value, false)
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
    /// Answers `429` with `body` as JSON.
    pub fn respond_too_many_requests(self, body: &models::TooManyRequests) -> Self {
        self.respond_json(429, body)
    }
    /// Answers `500` with `body` as JSON.
    pub fn respond_internal_server_error(self, body: &models::ErrorResponseDto) -> Self {
        self.respond_json(500, body)
    }
}
/// The operation of [`delete_multi_host_sources()`], as `Mock<DeleteMultiHostSources>`.
pub enum DeleteMultiHostSources {}
/// Expects [`MultiHostIntegrationApi::delete_multi_host_sources`](crate::apis::multi_host_integration::MultiHostIntegrationApi::delete_multi_host_sources): `POST /multihosts/{multiHostId}/sources/bulk-delete`.
pub fn delete_multi_host_sources() -> super::Mock<DeleteMultiHostSources> {
    super::Mock::new(
        runtime::Method::POST,
        "/multihosts/{multiHostId}/sources/bulk-delete",
    )
}
impl super::Mock<DeleteMultiHostSources> {
    /// Requires path parameter `multiHostId` with `value`, encoded as the client does.
    pub fn multi_host_id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("multiHostId", &value, false)
    }
    /// Requires a JSON body equal to `value`.
    pub fn body(self, value: &Vec<String>) -> Self {
        self.json_body(value)
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
    /// Answers `429` with `body` as JSON.
    pub fn respond_too_many_requests(self, body: &models::TooManyRequests) -> Self {
        self.respond_json(429, body)
    }
    /// Answers `500` with `body` as JSON.
    pub fn respond_internal_server_error(self, body: &models::ErrorResponseDto) -> Self {
        self.respond_json(500, body)
    }
}
/// The operation of [`get_acct_aggregation_groups()`], as `Mock<GetAcctAggregationGroups>`.
pub enum GetAcctAggregationGroups {}
/// Expects [`MultiHostIntegrationApi::get_acct_aggregation_groups`](crate::apis::multi_host_integration::MultiHostIntegrationApi::get_acct_aggregation_groups): `GET /multihosts/{multihostId}/acctAggregationGroups`.
pub fn get_acct_aggregation_groups() -> super::Mock<GetAcctAggregationGroups> {
    super::Mock::new(
        runtime::Method::GET,
        "/multihosts/{multihostId}/acctAggregationGroups",
    )
}
impl super::Mock<GetAcctAggregationGroups> {
    /// Requires path parameter `multihostId` with `value`, encoded as the client does.
    pub fn multihost_id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("multihostId", &value, false)
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
    pub fn respond_ok(
        self,
        body: &Vec<models::GetAcctAggregationGroupsResponseItem>,
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
/// The operation of [`get_entitlement_aggregation_groups()`], as `Mock<GetEntitlementAggregationGroups>`.
pub enum GetEntitlementAggregationGroups {}
/// Expects [`MultiHostIntegrationApi::get_entitlement_aggregation_groups`](crate::apis::multi_host_integration::MultiHostIntegrationApi::get_entitlement_aggregation_groups): `GET /multihosts/{multiHostId}/entitlementAggregationGroups`.
pub fn get_entitlement_aggregation_groups() -> super::Mock<
    GetEntitlementAggregationGroups,
> {
    super::Mock::new(
        runtime::Method::GET,
        "/multihosts/{multiHostId}/entitlementAggregationGroups",
    )
}
impl super::Mock<GetEntitlementAggregationGroups> {
    /// Requires path parameter `multiHostId` with `value`, encoded as the client does.
    pub fn multi_host_id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("multiHostId", &value, false)
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
    pub fn respond_ok(
        self,
        body: &Vec<models::GetAcctAggregationGroupsResponseItem>,
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
/// The operation of [`get_multi_host_integrations()`], as `Mock<GetMultiHostIntegrations>`.
pub enum GetMultiHostIntegrations {}
/// Expects [`MultiHostIntegrationApi::get_multi_host_integrations`](crate::apis::multi_host_integration::MultiHostIntegrationApi::get_multi_host_integrations): `GET /multihosts/{multihostId}`.
pub fn get_multi_host_integrations() -> super::Mock<GetMultiHostIntegrations> {
    super::Mock::new(runtime::Method::GET, "/multihosts/{multihostId}")
}
impl super::Mock<GetMultiHostIntegrations> {
    /// Requires path parameter `multihostId` with `value`, encoded as the client does.
    pub fn multihost_id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("multihostId", &value, false)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::MultiHostIntegrations) -> Self {
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
/// The operation of [`get_multi_host_integrations_list()`], as `Mock<GetMultiHostIntegrationsList>`.
pub enum GetMultiHostIntegrationsList {}
/// Expects [`MultiHostIntegrationApi::get_multi_host_integrations_list`](crate::apis::multi_host_integration::MultiHostIntegrationApi::get_multi_host_integrations_list): `GET /multihosts`.
pub fn get_multi_host_integrations_list() -> super::Mock<GetMultiHostIntegrationsList> {
    super::Mock::new(runtime::Method::GET, "/multihosts")
}
impl super::Mock<GetMultiHostIntegrationsList> {
    /// Requires query parameter `offset` with `value`, encoded as the client does.
    pub fn offset(self, value: i32) -> Self {
        self.query_param("offset", &value, "form", true)
    }
    /// Requires query parameter `limit` with `value`, encoded as the client does.
    pub fn limit(self, value: i32) -> Self {
        self.query_param("limit", &value, "form", true)
    }
    /// Requires query parameter `sorters` with `value`, encoded as the client does.
    pub fn sorters(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.query_param("sorters", &value, "form", true)
    }
    /// Requires query parameter `filters` with `value`, encoded as the client does.
    pub fn filters(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.query_param("filters", &value, "form", true)
    }
    /// Requires query parameter `count` with `value`, encoded as the client does.
    pub fn count(self, value: bool) -> Self {
        self.query_param("count", &value, "form", true)
    }
    /// Requires query parameter `for-subadmin` with `value`, encoded as the client does.
    pub fn for_subadmin(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.query_param("for-subadmin", &value, "form", true)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &Vec<models::MultiHostIntegrations>) -> Self {
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
/// The operation of [`get_multi_host_source_creation_errors()`], as `Mock<GetMultiHostSourceCreationErrors>`.
pub enum GetMultiHostSourceCreationErrors {}
/// Expects [`MultiHostIntegrationApi::get_multi_host_source_creation_errors`](crate::apis::multi_host_integration::MultiHostIntegrationApi::get_multi_host_source_creation_errors): `GET /multihosts/{multiHostId}/sources/errors`.
pub fn get_multi_host_source_creation_errors() -> super::Mock<
    GetMultiHostSourceCreationErrors,
> {
    super::Mock::new(runtime::Method::GET, "/multihosts/{multiHostId}/sources/errors")
}
impl super::Mock<GetMultiHostSourceCreationErrors> {
    /// Requires path parameter `multiHostId` with `value`, encoded as the client does.
    pub fn multi_host_id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("multiHostId", &value, false)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &Vec<models::SourceCreationErrors>) -> Self {
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
/// The operation of [`get_multihost_integration_types()`], as `Mock<GetMultihostIntegrationTypes>`.
pub enum GetMultihostIntegrationTypes {}
/// Expects [`MultiHostIntegrationApi::get_multihost_integration_types`](crate::apis::multi_host_integration::MultiHostIntegrationApi::get_multihost_integration_types): `GET /multihosts/types`.
pub fn get_multihost_integration_types() -> super::Mock<GetMultihostIntegrationTypes> {
    super::Mock::new(runtime::Method::GET, "/multihosts/types")
}
impl super::Mock<GetMultihostIntegrationTypes> {
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(
        self,
        body: &Vec<models::MultiHostIntegrationTemplateType>,
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
/// The operation of [`get_sources_within_multi_host()`], as `Mock<GetSourcesWithinMultiHost>`.
pub enum GetSourcesWithinMultiHost {}
/// Expects [`MultiHostIntegrationApi::get_sources_within_multi_host`](crate::apis::multi_host_integration::MultiHostIntegrationApi::get_sources_within_multi_host): `GET /multihosts/{multihostId}/sources`.
pub fn get_sources_within_multi_host() -> super::Mock<GetSourcesWithinMultiHost> {
    super::Mock::new(runtime::Method::GET, "/multihosts/{multihostId}/sources")
}
impl super::Mock<GetSourcesWithinMultiHost> {
    /// Requires path parameter `multihostId` with `value`, encoded as the client does.
    pub fn multihost_id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("multihostId", &value, false)
    }
    /// Requires query parameter `offset` with `value`, encoded as the client does.
    pub fn offset(self, value: i32) -> Self {
        self.query_param("offset", &value, "form", true)
    }
    /// Requires query parameter `limit` with `value`, encoded as the client does.
    pub fn limit(self, value: i32) -> Self {
        self.query_param("limit", &value, "form", true)
    }
    /// Requires query parameter `sorters` with `value`, encoded as the client does.
    pub fn sorters(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.query_param("sorters", &value, "form", true)
    }
    /// Requires query parameter `filters` with `value`, encoded as the client does.
    pub fn filters(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.query_param("filters", &value, "form", true)
    }
    /// Requires query parameter `count` with `value`, encoded as the client does.
    pub fn count(self, value: bool) -> Self {
        self.query_param("count", &value, "form", true)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &Vec<models::MultiHostSources>) -> Self {
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
/// The operation of [`test_connection_multi_host_sources()`], as `Mock<TestConnectionMultiHostSources>`.
pub enum TestConnectionMultiHostSources {}
/// Expects [`MultiHostIntegrationApi::test_connection_multi_host_sources`](crate::apis::multi_host_integration::MultiHostIntegrationApi::test_connection_multi_host_sources): `POST /multihosts/{multihostId}/sources/testConnection`.
pub fn test_connection_multi_host_sources() -> super::Mock<
    TestConnectionMultiHostSources,
> {
    super::Mock::new(
        runtime::Method::POST,
        "/multihosts/{multihostId}/sources/testConnection",
    )
}
impl super::Mock<TestConnectionMultiHostSources> {
    /// Requires path parameter `multihostId` with `value`, encoded as the client does.
    pub fn multihost_id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("multihostId", &value, false)
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
    /// Answers `429` with `body` as JSON.
    pub fn respond_too_many_requests(self, body: &models::TooManyRequests) -> Self {
        self.respond_json(429, body)
    }
    /// Answers `500` with `body` as JSON.
    pub fn respond_internal_server_error(self, body: &models::ErrorResponseDto) -> Self {
        self.respond_json(500, body)
    }
}
/// The operation of [`test_source_connection_multihost()`], as `Mock<TestSourceConnectionMultihost>`.
pub enum TestSourceConnectionMultihost {}
/// Expects [`MultiHostIntegrationApi::test_source_connection_multihost`](crate::apis::multi_host_integration::MultiHostIntegrationApi::test_source_connection_multihost): `GET /multihosts/{multihostId}/sources/{sourceId}/testConnection`.
pub fn test_source_connection_multihost() -> super::Mock<TestSourceConnectionMultihost> {
    super::Mock::new(
        runtime::Method::GET,
        "/multihosts/{multihostId}/sources/{sourceId}/testConnection",
    )
}
impl super::Mock<TestSourceConnectionMultihost> {
    /// Requires path parameter `multihostId` with `value`, encoded as the client does.
    pub fn multihost_id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("multihostId", &value, false)
    }
    /// Requires path parameter `sourceId` with `value`, encoded as the client does.
    pub fn source_id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("sourceId", &value, false)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(
        self,
        body: &models::TestSourceConnectionMultihostResponse,
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
/// The operation of [`update_multi_host_sources()`], as `Mock<UpdateMultiHostSources>`.
pub enum UpdateMultiHostSources {}
/// Expects [`MultiHostIntegrationApi::update_multi_host_sources`](crate::apis::multi_host_integration::MultiHostIntegrationApi::update_multi_host_sources): `PATCH /multihosts/{multihostId}`.
pub fn update_multi_host_sources() -> super::Mock<UpdateMultiHostSources> {
    super::Mock::new(runtime::Method::PATCH, "/multihosts/{multihostId}")
}
impl super::Mock<UpdateMultiHostSources> {
    /// Requires path parameter `multihostId` with `value`, encoded as the client does.
    pub fn multihost_id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("multihostId", &value, false)
    }
    /// Requires a JSON body equal to `value`.
    pub fn body(self, value: &Vec<models::UpdateMultiHostSourcesRequestItem>) -> Self {
        self.json_body(value)
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
    /// Answers `429` with `body` as JSON.
    pub fn respond_too_many_requests(self, body: &models::TooManyRequests) -> Self {
        self.respond_json(429, body)
    }
    /// Answers `500` with `body` as JSON.
    pub fn respond_internal_server_error(self, body: &models::ErrorResponseDto) -> Self {
        self.respond_json(500, body)
    }
}
