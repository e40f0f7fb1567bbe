//! Typed expectations of the operations tagged `Work Reassignment`: `server.expect(mock::work_reassignment::<operation>()...)`.
#[allow(unused_imports)]
use crate::{models, runtime};
/// The operation of [`create_reassignment_configuration()`], as `Mock<CreateReassignmentConfiguration>`.
pub enum CreateReassignmentConfiguration {}
/// Expects [`WorkReassignmentApi::create_reassignment_configuration`](crate::apis::work_reassignment::WorkReassignmentApi::create_reassignment_configuration): `POST /reassignment-configurations`.
pub fn create_reassignment_configuration() -> super::Mock<
    CreateReassignmentConfiguration,
> {
    super::Mock::new(runtime::Method::POST, "/reassignment-configurations")
}
impl super::Mock<CreateReassignmentConfiguration> {
    /// Requires a JSON body equal to `value`.
    pub fn body(self, value: &models::ConfigurationItemRequest) -> Self {
        self.json_body(value)
    }
    /// Answers `201` with `body` as JSON.
    pub fn respond_created(self, body: &models::ConfigurationItemResponse) -> Self {
        self.respond_json(201, body)
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
/// The operation of [`delete_reassignment_configuration()`], as `Mock<DeleteReassignmentConfiguration>`.
pub enum DeleteReassignmentConfiguration {}
/// Expects [`WorkReassignmentApi::delete_reassignment_configuration`](crate::apis::work_reassignment::WorkReassignmentApi::delete_reassignment_configuration): `DELETE /reassignment-configurations/{identityId}/{configType}`.
pub fn delete_reassignment_configuration() -> super::Mock<
    DeleteReassignmentConfiguration,
> {
    super::Mock::new(
        runtime::Method::DELETE,
        "/reassignment-configurations/{identityId}/{configType}",
    )
}
impl super::Mock<DeleteReassignmentConfiguration> {
    /// Requires path parameter `identityId` with `value`, encoded as the client does.
    pub fn identity_id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("identityId", &value, false)
    }
    /// Requires path parameter `configType` with `value`, encoded as the client does.
    pub fn config_type(self, value: models::ConfigTypeEnum) -> Self {
        self.path_param("configType", &value, false)
    }
    /// Answers `204` with no body.
    pub fn respond_no_content(self) -> Self {
        self.respond_empty(204)
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
/// The operation of [`get_evaluate_reassignment_configuration()`], as `Mock<GetEvaluateReassignmentConfiguration>`.
pub enum GetEvaluateReassignmentConfiguration {}
/// Expects [`WorkReassignmentApi::get_evaluate_reassignment_configuration`](crate::apis::work_reassignment::WorkReassignmentApi::get_evaluate_reassignment_configuration): `GET /reassignment-configurations/{identityId}/evaluate/{configType}`.
pub fn get_evaluate_reassignment_configuration() -> super::Mock<
    GetEvaluateReassignmentConfiguration,
> {
    super::Mock::new(
        runtime::Method::GET,
        "/reassignment-configurations/{identityId}/evaluate/{configType}",
    )
}
impl super::Mock<GetEvaluateReassignmentConfiguration> {
    /// Requires path parameter `identityId` with `value`, encoded as the client does.
    pub fn identity_id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("identityId", &value, false)
    }
    /// Requires path parameter `configType` with `value`, encoded as the client does.
    pub fn config_type(self, value: models::ConfigTypeEnum) -> Self {
        self.path_param("configType", &value, false)
    }
    /// Requires query parameter `exclusionFilters` with `value`, encoded as the client does.
    pub fn exclusion_filters(self, value: Vec<String>) -> Self {
        self.query_param("exclusionFilters", &value, "form", true)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &Vec<models::EvaluateResponse>) -> Self {
        self.respond_json(200, body)
    }
    /// Answers `200` with the spec's example.
    pub fn respond_ok_example(self) -> Self {
        self.respond_json_text(
            200,
            "{\"reassignToId\":\"2c9180825a6c1adc015a71c9023f0818\",\"lookupTrail\":[]}",
        )
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
/// The operation of [`get_reassignment_config_types()`], as `Mock<GetReassignmentConfigTypes>`.
pub enum GetReassignmentConfigTypes {}
/// Expects [`WorkReassignmentApi::get_reassignment_config_types`](crate::apis::work_reassignment::WorkReassignmentApi::get_reassignment_config_types): `GET /reassignment-configurations/types`.
pub fn get_reassignment_config_types() -> super::Mock<GetReassignmentConfigTypes> {
    super::Mock::new(runtime::Method::GET, "/reassignment-configurations/types")
}
impl super::Mock<GetReassignmentConfigTypes> {
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &Vec<models::ConfigType>) -> Self {
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
/// The operation of [`get_reassignment_configuration()`], as `Mock<GetReassignmentConfiguration>`.
pub enum GetReassignmentConfiguration {}
/// Expects [`WorkReassignmentApi::get_reassignment_configuration`](crate::apis::work_reassignment::WorkReassignmentApi::get_reassignment_configuration): `GET /reassignment-configurations/{identityId}`.
pub fn get_reassignment_configuration() -> super::Mock<GetReassignmentConfiguration> {
    super::Mock::new(runtime::Method::GET, "/reassignment-configurations/{identityId}")
}
impl super::Mock<GetReassignmentConfiguration> {
    /// Requires path parameter `identityId` with `value`, encoded as the client does.
    pub fn identity_id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("identityId", &value, false)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::ConfigurationResponse) -> Self {
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
/// The operation of [`get_tenant_config_configuration()`], as `Mock<GetTenantConfigConfiguration>`.
pub enum GetTenantConfigConfiguration {}
/// Expects [`WorkReassignmentApi::get_tenant_config_configuration`](crate::apis::work_reassignment::WorkReassignmentApi::get_tenant_config_configuration): `GET /reassignment-configurations/tenant-config`.
pub fn get_tenant_config_configuration() -> super::Mock<GetTenantConfigConfiguration> {
    super::Mock::new(runtime::Method::GET, "/reassignment-configurations/tenant-config")
}
impl super::Mock<GetTenantConfigConfiguration> {
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::TenantConfigurationResponse) -> Self {
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
    /// Answers `404` with `body` as JSON.
    pub fn respond_not_found(self, body: &models::ErrorResponseDtoV3) -> Self {
        self.respond_json(404, body)
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
/// The operation of [`list_reassignment_configurations()`], as `Mock<ListReassignmentConfigurations>`.
pub enum ListReassignmentConfigurations {}
/// Expects [`WorkReassignmentApi::list_reassignment_configurations`](crate::apis::work_reassignment::WorkReassignmentApi::list_reassignment_configurations): `GET /reassignment-configurations`.
pub fn list_reassignment_configurations() -> super::Mock<
    ListReassignmentConfigurations,
> {
    super::Mock::new(runtime::Method::GET, "/reassignment-configurations")
}
impl super::Mock<ListReassignmentConfigurations> {
    /// Requires query parameter `limit` with `value`, encoded as the client does.
    pub fn limit(self, value: i32) -> Self {
        self.query_param("limit", &value, "form", true)
    }
    /// Requires query parameter `offset` with `value`, encoded as the client does.
    pub fn offset(self, value: i32) -> Self {
        self.query_param("offset", &value, "form", true)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &Vec<models::ConfigurationResponse>) -> Self {
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
    /// Answers `404` with `body` as JSON.
    pub fn respond_not_found(self, body: &models::ErrorResponseDtoV3) -> Self {
        self.respond_json(404, body)
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
/// The operation of [`put_reassignment_config()`], as `Mock<PutReassignmentConfig>`.
pub enum PutReassignmentConfig {}
/// Expects [`WorkReassignmentApi::put_reassignment_config`](crate::apis::work_reassignment::WorkReassignmentApi::put_reassignment_config): `PUT /reassignment-configurations/{identityId}`.
pub fn put_reassignment_config() -> super::Mock<PutReassignmentConfig> {
    super::Mock::new(runtime::Method::PUT, "/reassignment-configurations/{identityId}")
}
impl super::Mock<PutReassignmentConfig> {
    /// Requires path parameter `identityId` with `value`, encoded as the client does.
    pub fn identity_id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("identityId", &value, false)
    }
    /// Requires a JSON body equal to `value`.
    pub fn body(self, value: &models::ConfigurationItemRequest) -> Self {
        self.json_body(value)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::ConfigurationItemResponse) -> Self {
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
/// The operation of [`put_tenant_configuration()`], as `Mock<PutTenantConfiguration>`.
pub enum PutTenantConfiguration {}
/// Expects [`WorkReassignmentApi::put_tenant_configuration`](crate::apis::work_reassignment::WorkReassignmentApi::put_tenant_configuration): `PUT /reassignment-configurations/tenant-config`.
pub fn put_tenant_configuration() -> super::Mock<PutTenantConfiguration> {
    super::Mock::new(runtime::Method::PUT, "/reassignment-configurations/tenant-config")
}
impl super::Mock<PutTenantConfiguration> {
    /// Requires a JSON body equal to `value`.
    pub fn body(self, value: &models::TenantConfigurationRequest) -> Self {
        self.json_body(value)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::TenantConfigurationResponse) -> Self {
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
