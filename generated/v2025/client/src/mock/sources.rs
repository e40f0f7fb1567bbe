//! Typed expectations of the operations tagged `Sources`: `server.expect(mock::sources::<operation>()...)`.
#[allow(unused_imports)]
use crate::{models, runtime};
/// The operation of [`create_provisioning_policy()`], as `Mock<CreateProvisioningPolicy>`.
pub enum CreateProvisioningPolicy {}
/// Expects [`SourcesApi::create_provisioning_policy`](crate::apis::sources::SourcesApi::create_provisioning_policy): `POST /sources/{sourceId}/provisioning-policies`.
pub fn create_provisioning_policy() -> super::Mock<CreateProvisioningPolicy> {
    super::Mock::new(runtime::Method::POST, "/sources/{sourceId}/provisioning-policies")
}
impl super::Mock<CreateProvisioningPolicy> {
    /// Requires path parameter `sourceId` with `value`, encoded as the client does.
    pub fn source_id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("sourceId", &value, false)
    }
    /// Requires a JSON body equal to `value`.
    pub fn body(self, value: &models::ProvisioningPolicy) -> Self {
        self.json_body(value)
    }
    /// Answers `201` with `body` as JSON.
    pub fn respond_created(self, body: &models::ProvisioningPolicy) -> Self {
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
/// The operation of [`create_source()`], as `Mock<CreateSource>`.
pub enum CreateSource {}
/// Expects [`SourcesApi::create_source`](crate::apis::sources::SourcesApi::create_source): `POST /sources`.
pub fn create_source() -> super::Mock<CreateSource> {
    super::Mock::new(runtime::Method::POST, "/sources")
}
impl super::Mock<CreateSource> {
    /// Requires query parameter `provisionAsCsv` with `value`, encoded as the client does.
    pub fn provision_as_csv(self, value: bool) -> Self {
        self.query_param("provisionAsCsv", &value, "form", true)
    }
    /// Requires a JSON body equal to `value`.
    pub fn body(self, value: &models::Source) -> Self {
        self.json_body(value)
    }
    /// Answers `201` with `body` as JSON.
    pub fn respond_created(self, body: &models::Source) -> Self {
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
/// The operation of [`create_source_schedule()`], as `Mock<CreateSourceSchedule>`.
pub enum CreateSourceSchedule {}
/// Expects [`SourcesApi::create_source_schedule`](crate::apis::sources::SourcesApi::create_source_schedule): `POST /sources/{sourceId}/schedules`.
pub fn create_source_schedule() -> super::Mock<CreateSourceSchedule> {
    super::Mock::new(runtime::Method::POST, "/sources/{sourceId}/schedules")
}
impl super::Mock<CreateSourceSchedule> {
    /// Requires path parameter `sourceId` with `value`, encoded as the client does.
    pub fn source_id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("sourceId", &value, false)
    }
    /// Requires a JSON body equal to `value`.
    pub fn body(self, value: &models::SourceSchedule) -> Self {
        self.json_body(value)
    }
    /// Answers `201` with `body` as JSON.
    pub fn respond_created(self, body: &models::SourceSchedule) -> Self {
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
/// The operation of [`create_source_schema()`], as `Mock<CreateSourceSchema>`.
pub enum CreateSourceSchema {}
/// Expects [`SourcesApi::create_source_schema`](crate::apis::sources::SourcesApi::create_source_schema): `POST /sources/{sourceId}/schemas`.
pub fn create_source_schema() -> super::Mock<CreateSourceSchema> {
    super::Mock::new(runtime::Method::POST, "/sources/{sourceId}/schemas")
}
impl super::Mock<CreateSourceSchema> {
    /// Requires path parameter `sourceId` with `value`, encoded as the client does.
    pub fn source_id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("sourceId", &value, false)
    }
    /// Requires a JSON body equal to `value`.
    pub fn body(self, value: &models::Schema) -> Self {
        self.json_body(value)
    }
    /// Answers `201` with `body` as JSON.
    pub fn respond_created(self, body: &models::Schema) -> Self {
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
/// The operation of [`delete_accounts_async()`], as `Mock<DeleteAccountsAsync>`.
pub enum DeleteAccountsAsync {}
/// Expects [`SourcesApi::delete_accounts_async`](crate::apis::sources::SourcesApi::delete_accounts_async): `POST /sources/{id}/remove-accounts`.
pub fn delete_accounts_async() -> super::Mock<DeleteAccountsAsync> {
    super::Mock::new(runtime::Method::POST, "/sources/{id}/remove-accounts")
}
impl super::Mock<DeleteAccountsAsync> {
    /// Requires path parameter `id` with `value`, encoded as the client does.
    pub fn id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("id", &value, false)
    }
    /// Answers `202` with `body` as JSON.
    pub fn respond_accepted(self, body: &models::TaskResultDto) -> Self {
        self.respond_json(202, body)
    }
    /// Answers `202` with the spec's example.
    pub fn respond_accepted_example(self) -> Self {
        self.respond_json_text(
            202,
            "{\"type\":\"TASK_RESULT\",\"id\":\"464ae7bf791e49fdb74606a2e4a89635\",\"name\":null}",
        )
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
/// The operation of [`delete_native_change_detection_config()`], as `Mock<DeleteNativeChangeDetectionConfig>`.
pub enum DeleteNativeChangeDetectionConfig {}
/// Expects [`SourcesApi::delete_native_change_detection_config`](crate::apis::sources::SourcesApi::delete_native_change_detection_config): `DELETE /sources/{id}/native-change-detection-config`.
pub fn delete_native_change_detection_config() -> super::Mock<
    DeleteNativeChangeDetectionConfig,
> {
    super::Mock::new(
        runtime::Method::DELETE,
        "/sources/{id}/native-change-detection-config",
    )
}
impl super::Mock<DeleteNativeChangeDetectionConfig> {
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
/// The operation of [`delete_provisioning_policy()`], as `Mock<DeleteProvisioningPolicy>`.
pub enum DeleteProvisioningPolicy {}
/// Expects [`SourcesApi::delete_provisioning_policy`](crate::apis::sources::SourcesApi::delete_provisioning_policy): `DELETE /sources/{sourceId}/provisioning-policies/{usageType}`.
pub fn delete_provisioning_policy() -> super::Mock<DeleteProvisioningPolicy> {
    super::Mock::new(
        runtime::Method::DELETE,
        "/sources/{sourceId}/provisioning-policies/{usageType}",
    )
}
impl super::Mock<DeleteProvisioningPolicy> {
    /// Requires path parameter `sourceId` with `value`, encoded as the client does.
    pub fn source_id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("sourceId", &value, false)
    }
    /// Requires path parameter `usageType` with `value`, encoded as the client does.
    pub fn usage_type(self, value: models::UsageType) -> Self {
        self.path_param("usageType", &value, false)
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
/// The operation of [`delete_source()`], as `Mock<DeleteSource>`.
pub enum DeleteSource {}
/// Expects [`SourcesApi::delete_source`](crate::apis::sources::SourcesApi::delete_source): `DELETE /sources/{id}`.
pub fn delete_source() -> super::Mock<DeleteSource> {
    super::Mock::new(runtime::Method::DELETE, "/sources/{id}")
}
impl super::Mock<DeleteSource> {
    /// Requires path parameter `id` with `value`, encoded as the client does.
    pub fn id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("id", &value, false)
    }
    /// Answers `202` with `body` as JSON.
    pub fn respond_accepted(self, body: &models::DeleteSourceResponse) -> Self {
        self.respond_json(202, body)
    }
    /// Answers `202` with the spec's example.
    pub fn respond_accepted_example(self) -> Self {
        self.respond_json_text(
            202,
            "{\"type\":\"TASK_RESULT\",\"id\":\"2c91808779ecf55b0179f720942f181a\",\"name\":null}",
        )
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
/// The operation of [`delete_source_schedule()`], as `Mock<DeleteSourceSchedule>`.
pub enum DeleteSourceSchedule {}
/// Expects [`SourcesApi::delete_source_schedule`](crate::apis::sources::SourcesApi::delete_source_schedule): `DELETE /sources/{sourceId}/schedules/{scheduleType}`.
pub fn delete_source_schedule() -> super::Mock<DeleteSourceSchedule> {
    super::Mock::new(
        runtime::Method::DELETE,
        "/sources/{sourceId}/schedules/{scheduleType}",
    )
}
impl super::Mock<DeleteSourceSchedule> {
    /// Requires path parameter `sourceId` with `value`, encoded as the client does.
    pub fn source_id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("sourceId", &value, false)
    }
    /// Requires path parameter `scheduleType` with `value`, encoded as the client does.
    pub fn schedule_type(self, value: models::DeleteSourceScheduleScheduleType) -> Self {
        self.path_param("scheduleType", &value, false)
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
/// The operation of [`delete_source_schema()`], as `Mock<DeleteSourceSchema>`.
pub enum DeleteSourceSchema {}
/// Expects [`SourcesApi::delete_source_schema`](crate::apis::sources::SourcesApi::delete_source_schema): `DELETE /sources/{sourceId}/schemas/{schemaId}`.
pub fn delete_source_schema() -> super::Mock<DeleteSourceSchema> {
    super::Mock::new(runtime::Method::DELETE, "/sources/{sourceId}/schemas/{schemaId}")
}
impl super::Mock<DeleteSourceSchema> {
    /// Requires path parameter `sourceId` with `value`, encoded as the client does.
    pub fn source_id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("sourceId", &value, false)
    }
    /// Requires path parameter `schemaId` with `value`, encoded as the client does.
    pub fn schema_id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("schemaId", &value, false)
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
/// The operation of [`get_accounts_schema()`], as `Mock<GetAccountsSchema>`.
pub enum GetAccountsSchema {}
/// Expects [`SourcesApi::get_accounts_schema`](crate::apis::sources::SourcesApi::get_accounts_schema): `GET /sources/{id}/schemas/accounts`.
pub fn get_accounts_schema() -> super::Mock<GetAccountsSchema> {
    super::Mock::new(runtime::Method::GET, "/sources/{id}/schemas/accounts")
}
impl super::Mock<GetAccountsSchema> {
    /// Requires path parameter `id` with `value`, encoded as the client does.
    pub fn id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("id", &value, false)
    }
    /// Answers `200` with `body` as text.
    pub fn respond_ok(self, body: &str) -> Self {
        self.respond_text(200, "text/csv", body)
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
/// The operation of [`get_correlation_config()`], as `Mock<GetCorrelationConfig>`.
pub enum GetCorrelationConfig {}
/// Expects [`SourcesApi::get_correlation_config`](crate::apis::sources::SourcesApi::get_correlation_config): `GET /sources/{id}/correlation-config`.
pub fn get_correlation_config() -> super::Mock<GetCorrelationConfig> {
    super::Mock::new(runtime::Method::GET, "/sources/{id}/correlation-config")
}
impl super::Mock<GetCorrelationConfig> {
    /// Requires path parameter `id` with `value`, encoded as the client does.
    pub fn id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("id", &value, false)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::CorrelationConfig) -> Self {
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
/// The operation of [`get_entitlements_schema()`], as `Mock<GetEntitlementsSchema>`.
pub enum GetEntitlementsSchema {}
/// Expects [`SourcesApi::get_entitlements_schema`](crate::apis::sources::SourcesApi::get_entitlements_schema): `GET /sources/{id}/schemas/entitlements`.
pub fn get_entitlements_schema() -> super::Mock<GetEntitlementsSchema> {
    super::Mock::new(runtime::Method::GET, "/sources/{id}/schemas/entitlements")
}
impl super::Mock<GetEntitlementsSchema> {
    /// Requires path parameter `id` with `value`, encoded as the client does.
    pub fn id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("id", &value, false)
    }
    /// Requires query parameter `schemaName` with `value`, encoded as the client does.
    pub fn schema_name(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.query_param("schemaName", &value, "form", true)
    }
    /// Answers `200` with `body` as text.
    pub fn respond_ok(self, body: &str) -> Self {
        self.respond_text(200, "text/csv", body)
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
/// The operation of [`get_native_change_detection_config()`], as `Mock<GetNativeChangeDetectionConfig>`.
pub enum GetNativeChangeDetectionConfig {}
/// Expects [`SourcesApi::get_native_change_detection_config`](crate::apis::sources::SourcesApi::get_native_change_detection_config): `GET /sources/{id}/native-change-detection-config`.
pub fn get_native_change_detection_config() -> super::Mock<
    GetNativeChangeDetectionConfig,
> {
    super::Mock::new(
        runtime::Method::GET,
        "/sources/{id}/native-change-detection-config",
    )
}
impl super::Mock<GetNativeChangeDetectionConfig> {
    /// Requires path parameter `id` with `value`, encoded as the client does.
    pub fn id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("id", &value, false)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::NativeChangeDetectionConfig) -> Self {
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
/// The operation of [`get_provisioning_policy()`], as `Mock<GetProvisioningPolicy>`.
pub enum GetProvisioningPolicy {}
/// Expects [`SourcesApi::get_provisioning_policy`](crate::apis::sources::SourcesApi::get_provisioning_policy): `GET /sources/{sourceId}/provisioning-policies/{usageType}`.
pub fn get_provisioning_policy() -> super::Mock<GetProvisioningPolicy> {
    super::Mock::new(
        runtime::Method::GET,
        "/sources/{sourceId}/provisioning-policies/{usageType}",
    )
}
impl super::Mock<GetProvisioningPolicy> {
    /// Requires path parameter `sourceId` with `value`, encoded as the client does.
    pub fn source_id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("sourceId", &value, false)
    }
    /// Requires path parameter `usageType` with `value`, encoded as the client does.
    pub fn usage_type(self, value: models::UsageType) -> Self {
        self.path_param("usageType", &value, false)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::ProvisioningPolicy) -> Self {
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
/// The operation of [`get_source()`], as `Mock<GetSource>`.
pub enum GetSource {}
/// Expects [`SourcesApi::get_source`](crate::apis::sources::SourcesApi::get_source): `GET /sources/{id}`.
pub fn get_source() -> super::Mock<GetSource> {
    super::Mock::new(runtime::Method::GET, "/sources/{id}")
}
impl super::Mock<GetSource> {
    /// Requires path parameter `id` with `value`, encoded as the client does.
    pub fn id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("id", &value, false)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::Source) -> Self {
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
/// The operation of [`get_source_attr_sync_config()`], as `Mock<GetSourceAttrSyncConfig>`.
pub enum GetSourceAttrSyncConfig {}
/// Expects [`SourcesApi::get_source_attr_sync_config`](crate::apis::sources::SourcesApi::get_source_attr_sync_config): `GET /sources/{id}/attribute-sync-config`.
pub fn get_source_attr_sync_config() -> super::Mock<GetSourceAttrSyncConfig> {
    super::Mock::new(runtime::Method::GET, "/sources/{id}/attribute-sync-config")
}
impl super::Mock<GetSourceAttrSyncConfig> {
    /// Requires path parameter `id` with `value`, encoded as the client does.
    pub fn id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("id", &value, false)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::AttrSyncSourceConfig) -> Self {
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
/// The operation of [`get_source_config()`], as `Mock<GetSourceConfig>`.
pub enum GetSourceConfig {}
/// Expects [`SourcesApi::get_source_config`](crate::apis::sources::SourcesApi::get_source_config): `GET /sources/{id}/connectors/source-config`.
pub fn get_source_config() -> super::Mock<GetSourceConfig> {
    super::Mock::new(runtime::Method::GET, "/sources/{id}/connectors/source-config")
}
impl super::Mock<GetSourceConfig> {
    /// Requires path parameter `id` with `value`, encoded as the client does.
    pub fn id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("id", &value, false)
    }
    /// Requires query parameter `locale` with `value`, encoded as the client does.
    pub fn locale(self, value: models::GetSourceConfigLocale) -> Self {
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
/// The operation of [`get_source_connections()`], as `Mock<GetSourceConnections>`.
pub enum GetSourceConnections {}
/// Expects [`SourcesApi::get_source_connections`](crate::apis::sources::SourcesApi::get_source_connections): `GET /sources/{sourceId}/connections`.
pub fn get_source_connections() -> super::Mock<GetSourceConnections> {
    super::Mock::new(runtime::Method::GET, "/sources/{sourceId}/connections")
}
impl super::Mock<GetSourceConnections> {
    /// Requires path parameter `sourceId` with `value`, encoded as the client does.
    pub fn source_id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("sourceId", &value, false)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::SourceConnectionsDto) -> Self {
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
/// The operation of [`get_source_entitlement_request_config()`], as `Mock<GetSourceEntitlementRequestConfig>`.
pub enum GetSourceEntitlementRequestConfig {}
/// Expects [`SourcesApi::get_source_entitlement_request_config`](crate::apis::sources::SourcesApi::get_source_entitlement_request_config): `GET /sources/{id}/entitlement-request-config`.
pub fn get_source_entitlement_request_config() -> super::Mock<
    GetSourceEntitlementRequestConfig,
> {
    super::Mock::new(runtime::Method::GET, "/sources/{id}/entitlement-request-config")
}
impl super::Mock<GetSourceEntitlementRequestConfig> {
    /// Requires path parameter `id` with `value`, encoded as the client does.
    pub fn id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("id", &value, false)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::SourceEntitlementRequestConfig) -> Self {
        self.respond_json(200, body)
    }
    /// Answers `200` with the spec's example.
    pub fn respond_ok_example(self) -> Self {
        self.respond_json_text(
            200,
            "{\"accessRequestConfig\":{\"approvalSchemes\":[],\"requestCommentRequired\":false,\"denialCommentRequired\":false}}",
        )
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
/// The operation of [`get_source_health()`], as `Mock<GetSourceHealth>`.
pub enum GetSourceHealth {}
/// Expects [`SourcesApi::get_source_health`](crate::apis::sources::SourcesApi::get_source_health): `GET /sources/{sourceId}/source-health`.
pub fn get_source_health() -> super::Mock<GetSourceHealth> {
    super::Mock::new(runtime::Method::GET, "/sources/{sourceId}/source-health")
}
impl super::Mock<GetSourceHealth> {
    /// Requires path parameter `sourceId` with `value`, encoded as the client does.
    pub fn source_id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("sourceId", &value, false)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::SourceHealthDto) -> Self {
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
/// The operation of [`get_source_schedule()`], as `Mock<GetSourceSchedule>`.
pub enum GetSourceSchedule {}
/// Expects [`SourcesApi::get_source_schedule`](crate::apis::sources::SourcesApi::get_source_schedule): `GET /sources/{sourceId}/schedules/{scheduleType}`.
pub fn get_source_schedule() -> super::Mock<GetSourceSchedule> {
    super::Mock::new(
        runtime::Method::GET,
        "/sources/{sourceId}/schedules/{scheduleType}",
    )
}
impl super::Mock<GetSourceSchedule> {
    /// Requires path parameter `sourceId` with `value`, encoded as the client does.
    pub fn source_id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("sourceId", &value, false)
    }
    /// Requires path parameter `scheduleType` with `value`, encoded as the client does.
    pub fn schedule_type(self, value: models::GetSourceScheduleScheduleType) -> Self {
        self.path_param("scheduleType", &value, false)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::SourceSchedule) -> Self {
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
/// The operation of [`get_source_schedules()`], as `Mock<GetSourceSchedules>`.
pub enum GetSourceSchedules {}
/// Expects [`SourcesApi::get_source_schedules`](crate::apis::sources::SourcesApi::get_source_schedules): `GET /sources/{sourceId}/schedules`.
pub fn get_source_schedules() -> super::Mock<GetSourceSchedules> {
    super::Mock::new(runtime::Method::GET, "/sources/{sourceId}/schedules")
}
impl super::Mock<GetSourceSchedules> {
    /// Requires path parameter `sourceId` with `value`, encoded as the client does.
    pub fn source_id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("sourceId", &value, false)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &Vec<models::SourceSchedule>) -> Self {
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
/// The operation of [`get_source_schema()`], as `Mock<GetSourceSchema>`.
pub enum GetSourceSchema {}
/// Expects [`SourcesApi::get_source_schema`](crate::apis::sources::SourcesApi::get_source_schema): `GET /sources/{sourceId}/schemas/{schemaId}`.
pub fn get_source_schema() -> super::Mock<GetSourceSchema> {
    super::Mock::new(runtime::Method::GET, "/sources/{sourceId}/schemas/{schemaId}")
}
impl super::Mock<GetSourceSchema> {
    /// Requires path parameter `sourceId` with `value`, encoded as the client does.
    pub fn source_id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("sourceId", &value, false)
    }
    /// Requires path parameter `schemaId` with `value`, encoded as the client does.
    pub fn schema_id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("schemaId", &value, false)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::Schema) -> Self {
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
/// The operation of [`get_source_schemas()`], as `Mock<GetSourceSchemas>`.
pub enum GetSourceSchemas {}
/// Expects [`SourcesApi::get_source_schemas`](crate::apis::sources::SourcesApi::get_source_schemas): `GET /sources/{sourceId}/schemas`.
pub fn get_source_schemas() -> super::Mock<GetSourceSchemas> {
    super::Mock::new(runtime::Method::GET, "/sources/{sourceId}/schemas")
}
impl super::Mock<GetSourceSchemas> {
    /// Requires path parameter `sourceId` with `value`, encoded as the client does.
    pub fn source_id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("sourceId", &value, false)
    }
    /// Requires query parameter `include-types` with `value`, encoded as the client does.
    pub fn include_types(self, value: models::GetSourceSchemasIncludeTypes) -> Self {
        self.query_param("include-types", &value, "form", true)
    }
    /// Requires query parameter `include-names` with `value`, encoded as the client does.
    pub fn include_names(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.query_param("include-names", &value, "form", true)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &Vec<models::Schema>) -> Self {
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
/// The operation of [`import_accounts()`], as `Mock<ImportAccounts>`.
pub enum ImportAccounts {}
/// Expects [`SourcesApi::import_accounts`](crate::apis::sources::SourcesApi::import_accounts): `POST /sources/{id}/load-accounts`.
pub fn import_accounts() -> super::Mock<ImportAccounts> {
    super::Mock::new(runtime::Method::POST, "/sources/{id}/load-accounts")
}
impl super::Mock<ImportAccounts> {
    /// Requires path parameter `id` with `value`, encoded as the client does.
    pub fn id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("id", &value, false)
    }
    /// Answers `202` with `body` as JSON.
    pub fn respond_accepted(self, body: &models::LoadAccountsTask) -> Self {
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
    /// Answers `429` with `body` as JSON.
    pub fn respond_too_many_requests(self, body: &models::TooManyRequests) -> Self {
        self.respond_json(429, body)
    }
    /// Answers `500` with `body` as JSON.
    pub fn respond_internal_server_error(self, body: &models::ErrorResponseDto) -> Self {
        self.respond_json(500, body)
    }
}
/// The operation of [`import_accounts_schema()`], as `Mock<ImportAccountsSchema>`.
pub enum ImportAccountsSchema {}
/// Expects [`SourcesApi::import_accounts_schema`](crate::apis::sources::SourcesApi::import_accounts_schema): `POST /sources/{id}/schemas/accounts`.
pub fn import_accounts_schema() -> super::Mock<ImportAccountsSchema> {
    super::Mock::new(runtime::Method::POST, "/sources/{id}/schemas/accounts")
}
impl super::Mock<ImportAccountsSchema> {
    /// Requires path parameter `id` with `value`, encoded as the client does.
    pub fn id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("id", &value, false)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::Schema) -> Self {
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
/// The operation of [`import_connector_file()`], as `Mock<ImportConnectorFile>`.
pub enum ImportConnectorFile {}
/// Expects [`SourcesApi::import_connector_file`](crate::apis::sources::SourcesApi::import_connector_file): `POST /sources/{sourceId}/upload-connector-file`.
pub fn import_connector_file() -> super::Mock<ImportConnectorFile> {
    super::Mock::new(runtime::Method::POST, "/sources/{sourceId}/upload-connector-file")
}
impl super::Mock<ImportConnectorFile> {
    /// Requires path parameter `sourceId` with `value`, encoded as the client does.
    pub fn source_id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("sourceId", &value, false)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::Source) -> Self {
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
/// The operation of [`import_entitlements()`], as `Mock<ImportEntitlements>`.
pub enum ImportEntitlements {}
/// Expects [`SourcesApi::import_entitlements`](crate::apis::sources::SourcesApi::import_entitlements): `POST /sources/{sourceId}/load-entitlements`.
pub fn import_entitlements() -> super::Mock<ImportEntitlements> {
    super::Mock::new(runtime::Method::POST, "/sources/{sourceId}/load-entitlements")
}
impl super::Mock<ImportEntitlements> {
    /// Requires path parameter `sourceId` with `value`, encoded as the client does.
    pub fn source_id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("sourceId", &value, false)
    }
    /// Answers `202` with `body` as JSON.
    pub fn respond_accepted(self, body: &models::LoadEntitlementTask) -> Self {
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
    /// Answers `429` with `body` as JSON.
    pub fn respond_too_many_requests(self, body: &models::TooManyRequests) -> Self {
        self.respond_json(429, body)
    }
    /// Answers `500` with `body` as JSON.
    pub fn respond_internal_server_error(self, body: &models::ErrorResponseDto) -> Self {
        self.respond_json(500, body)
    }
}
/// The operation of [`import_entitlements_schema()`], as `Mock<ImportEntitlementsSchema>`.
pub enum ImportEntitlementsSchema {}
/// Expects [`SourcesApi::import_entitlements_schema`](crate::apis::sources::SourcesApi::import_entitlements_schema): `POST /sources/{id}/schemas/entitlements`.
pub fn import_entitlements_schema() -> super::Mock<ImportEntitlementsSchema> {
    super::Mock::new(runtime::Method::POST, "/sources/{id}/schemas/entitlements")
}
impl super::Mock<ImportEntitlementsSchema> {
    /// Requires path parameter `id` with `value`, encoded as the client does.
    pub fn id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("id", &value, false)
    }
    /// Requires query parameter `schemaName` with `value`, encoded as the client does.
    pub fn schema_name(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.query_param("schemaName", &value, "form", true)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::Schema) -> Self {
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
/// The operation of [`import_uncorrelated_accounts()`], as `Mock<ImportUncorrelatedAccounts>`.
pub enum ImportUncorrelatedAccounts {}
/// Expects [`SourcesApi::import_uncorrelated_accounts`](crate::apis::sources::SourcesApi::import_uncorrelated_accounts): `POST /sources/{id}/load-uncorrelated-accounts`.
pub fn import_uncorrelated_accounts() -> super::Mock<ImportUncorrelatedAccounts> {
    super::Mock::new(runtime::Method::POST, "/sources/{id}/load-uncorrelated-accounts")
}
impl super::Mock<ImportUncorrelatedAccounts> {
    /// Requires path parameter `id` with `value`, encoded as the client does.
    pub fn id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("id", &value, false)
    }
    /// Answers `202` with `body` as JSON.
    pub fn respond_accepted(self, body: &models::LoadUncorrelatedAccountsTask) -> Self {
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
    /// Answers `429` with `body` as JSON.
    pub fn respond_too_many_requests(self, body: &models::TooManyRequests) -> Self {
        self.respond_json(429, body)
    }
    /// Answers `500` with `body` as JSON.
    pub fn respond_internal_server_error(self, body: &models::ErrorResponseDto) -> Self {
        self.respond_json(500, body)
    }
}
/// The operation of [`list_password_policy_holders_on_source()`], as `Mock<ListPasswordPolicyHoldersOnSource>`.
pub enum ListPasswordPolicyHoldersOnSource {}
/// Expects [`SourcesApi::list_password_policy_holders_on_source`](crate::apis::sources::SourcesApi::list_password_policy_holders_on_source): `GET /sources/{sourceId}/password-policies`.
pub fn list_password_policy_holders_on_source() -> super::Mock<
    ListPasswordPolicyHoldersOnSource,
> {
    super::Mock::new(runtime::Method::GET, "/sources/{sourceId}/password-policies")
}
impl super::Mock<ListPasswordPolicyHoldersOnSource> {
    /// Requires path parameter `sourceId` with `value`, encoded as the client does.
    pub fn source_id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("sourceId", &value, false)
    }
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
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(
        self,
        body: &Vec<models::ListPasswordPolicyHoldersOnSourceResponseItem>,
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
/// The operation of [`list_provisioning_policies()`], as `Mock<ListProvisioningPolicies>`.
pub enum ListProvisioningPolicies {}
/// Expects [`SourcesApi::list_provisioning_policies`](crate::apis::sources::SourcesApi::list_provisioning_policies): `GET /sources/{sourceId}/provisioning-policies`.
pub fn list_provisioning_policies() -> super::Mock<ListProvisioningPolicies> {
    super::Mock::new(runtime::Method::GET, "/sources/{sourceId}/provisioning-policies")
}
impl super::Mock<ListProvisioningPolicies> {
    /// Requires path parameter `sourceId` with `value`, encoded as the client does.
    pub fn source_id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("sourceId", &value, false)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &Vec<models::ProvisioningPolicy>) -> Self {
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
/// The operation of [`list_sources()`], as `Mock<ListSources>`.
pub enum ListSources {}
/// Expects [`SourcesApi::list_sources`](crate::apis::sources::SourcesApi::list_sources): `GET /sources`.
pub fn list_sources() -> super::Mock<ListSources> {
    super::Mock::new(runtime::Method::GET, "/sources")
}
impl super::Mock<ListSources> {
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
    /// Requires query parameter `for-subadmin` with `value`, encoded as the client does.
    pub fn for_subadmin(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.query_param("for-subadmin", &value, "form", true)
    }
    /// Requires query parameter `includeIDNSource` with `value`, encoded as the client does.
    pub fn include_idn_source(self, value: bool) -> Self {
        self.query_param("includeIDNSource", &value, "form", true)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &Vec<models::Source>) -> Self {
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
/// The operation of [`ping_cluster()`], as `Mock<PingCluster>`.
pub enum PingCluster {}
/// Expects [`SourcesApi::ping_cluster`](crate::apis::sources::SourcesApi::ping_cluster): `POST /sources/{sourceId}/connector/ping-cluster`.
pub fn ping_cluster() -> super::Mock<PingCluster> {
    super::Mock::new(runtime::Method::POST, "/sources/{sourceId}/connector/ping-cluster")
}
impl super::Mock<PingCluster> {
    /// Requires path parameter `sourceId` with `value`, encoded as the client does.
    pub fn source_id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("sourceId", &value, false)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::StatusResponse) -> Self {
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
/// The operation of [`put_correlation_config()`], as `Mock<PutCorrelationConfig>`.
pub enum PutCorrelationConfig {}
/// Expects [`SourcesApi::put_correlation_config`](crate::apis::sources::SourcesApi::put_correlation_config): `PUT /sources/{id}/correlation-config`.
pub fn put_correlation_config() -> super::Mock<PutCorrelationConfig> {
    super::Mock::new(runtime::Method::PUT, "/sources/{id}/correlation-config")
}
impl super::Mock<PutCorrelationConfig> {
    /// Requires path parameter `id` with `value`, encoded as the client does.
    pub fn id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("id", &value, false)
    }
    /// Requires a JSON body equal to `value`.
    pub fn body(self, value: &models::CorrelationConfig) -> Self {
        self.json_body(value)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::CorrelationConfig) -> Self {
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
/// The operation of [`put_native_change_detection_config()`], as `Mock<PutNativeChangeDetectionConfig>`.
pub enum PutNativeChangeDetectionConfig {}
/// Expects [`SourcesApi::put_native_change_detection_config`](crate::apis::sources::SourcesApi::put_native_change_detection_config): `PUT /sources/{id}/native-change-detection-config`.
pub fn put_native_change_detection_config() -> super::Mock<
    PutNativeChangeDetectionConfig,
> {
    super::Mock::new(
        runtime::Method::PUT,
        "/sources/{id}/native-change-detection-config",
    )
}
impl super::Mock<PutNativeChangeDetectionConfig> {
    /// Requires path parameter `id` with `value`, encoded as the client does.
    pub fn id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("id", &value, false)
    }
    /// Requires a JSON body equal to `value`.
    pub fn body(self, value: &models::NativeChangeDetectionConfig) -> Self {
        self.json_body(value)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::NativeChangeDetectionConfig) -> Self {
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
/// The operation of [`put_provisioning_policy()`], as `Mock<PutProvisioningPolicy>`.
pub enum PutProvisioningPolicy {}
/// Expects [`SourcesApi::put_provisioning_policy`](crate::apis::sources::SourcesApi::put_provisioning_policy): `PUT /sources/{sourceId}/provisioning-policies/{usageType}`.
pub fn put_provisioning_policy() -> super::Mock<PutProvisioningPolicy> {
    super::Mock::new(
        runtime::Method::PUT,
        "/sources/{sourceId}/provisioning-policies/{usageType}",
    )
}
impl super::Mock<PutProvisioningPolicy> {
    /// Requires path parameter `sourceId` with `value`, encoded as the client does.
    pub fn source_id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("sourceId", &value, false)
    }
    /// Requires path parameter `usageType` with `value`, encoded as the client does.
    pub fn usage_type(self, value: models::UsageType) -> Self {
        self.path_param("usageType", &value, false)
    }
    /// Requires a JSON body equal to `value`.
    pub fn body(self, value: &models::ProvisioningPolicy) -> Self {
        self.json_body(value)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::ProvisioningPolicy) -> Self {
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
/// The operation of [`put_source()`], as `Mock<PutSource>`.
pub enum PutSource {}
/// Expects [`SourcesApi::put_source`](crate::apis::sources::SourcesApi::put_source): `PUT /sources/{id}`.
pub fn put_source() -> super::Mock<PutSource> {
    super::Mock::new(runtime::Method::PUT, "/sources/{id}")
}
impl super::Mock<PutSource> {
    /// Requires path parameter `id` with `value`, encoded as the client does.
    pub fn id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("id", &value, false)
    }
    /// Requires a JSON body equal to `value`.
    pub fn body(self, value: &models::Source) -> Self {
        self.json_body(value)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::Source) -> Self {
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
/// The operation of [`put_source_attr_sync_config()`], as `Mock<PutSourceAttrSyncConfig>`.
pub enum PutSourceAttrSyncConfig {}
/// Expects [`SourcesApi::put_source_attr_sync_config`](crate::apis::sources::SourcesApi::put_source_attr_sync_config): `PUT /sources/{id}/attribute-sync-config`.
pub fn put_source_attr_sync_config() -> super::Mock<PutSourceAttrSyncConfig> {
    super::Mock::new(runtime::Method::PUT, "/sources/{id}/attribute-sync-config")
}
impl super::Mock<PutSourceAttrSyncConfig> {
    /// Requires path parameter `id` with `value`, encoded as the client does.
    pub fn id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("id", &value, false)
    }
    /// Requires a JSON body equal to `value`.
    pub fn body(self, value: &models::AttrSyncSourceConfig) -> Self {
        self.json_body(value)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::AttrSyncSourceConfig) -> Self {
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
/// The operation of [`put_source_schema()`], as `Mock<PutSourceSchema>`.
pub enum PutSourceSchema {}
/// Expects [`SourcesApi::put_source_schema`](crate::apis::sources::SourcesApi::put_source_schema): `PUT /sources/{sourceId}/schemas/{schemaId}`.
pub fn put_source_schema() -> super::Mock<PutSourceSchema> {
    super::Mock::new(runtime::Method::PUT, "/sources/{sourceId}/schemas/{schemaId}")
}
impl super::Mock<PutSourceSchema> {
    /// Requires path parameter `sourceId` with `value`, encoded as the client does.
    pub fn source_id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("sourceId", &value, false)
    }
    /// Requires path parameter `schemaId` with `value`, encoded as the client does.
    pub fn schema_id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("schemaId", &value, false)
    }
    /// Requires a JSON body equal to `value`.
    pub fn body(self, value: &models::Schema) -> Self {
        self.json_body(value)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::Schema) -> Self {
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
/// The operation of [`search_resource_objects()`], as `Mock<SearchResourceObjects>`.
pub enum SearchResourceObjects {}
/// Expects [`SourcesApi::search_resource_objects`](crate::apis::sources::SourcesApi::search_resource_objects): `POST /sources/{sourceId}/connector/peek-resource-objects`.
pub fn search_resource_objects() -> super::Mock<SearchResourceObjects> {
    super::Mock::new(
        runtime::Method::POST,
        "/sources/{sourceId}/connector/peek-resource-objects",
    )
}
impl super::Mock<SearchResourceObjects> {
    /// Requires path parameter `sourceId` with `value`, encoded as the client does.
    pub fn source_id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("sourceId", &value, false)
    }
    /// Requires a JSON body equal to `value`.
    pub fn body(self, value: &models::ResourceObjectsRequest) -> Self {
        self.json_body(value)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::ResourceObjectsResponse) -> Self {
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
/// The operation of [`sync_attributes_for_source()`], as `Mock<SyncAttributesForSource>`.
pub enum SyncAttributesForSource {}
/// Expects [`SourcesApi::sync_attributes_for_source`](crate::apis::sources::SourcesApi::sync_attributes_for_source): `POST /sources/{id}/synchronize-attributes`.
pub fn sync_attributes_for_source() -> super::Mock<SyncAttributesForSource> {
    super::Mock::new(runtime::Method::POST, "/sources/{id}/synchronize-attributes")
}
impl super::Mock<SyncAttributesForSource> {
    /// Requires path parameter `id` with `value`, encoded as the client does.
    pub fn id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("id", &value, false)
    }
    /// Answers `202` with `body` as JSON.
    pub fn respond_accepted(self, body: &models::SourceSyncJob) -> Self {
        self.respond_json(202, body)
    }
    /// Answers `202` with the spec's example.
    pub fn respond_accepted_example(self) -> Self {
        self.respond_json_text(
            202,
            "{\"id\":\"0f11f2a4-7c94-4bf3-a2bd-742580fe3bde\",\"status\":\"IN_PROGRESS\",\"payload\":{\"type\":\"SYNCHRONIZE_SOURCE_ATTRIBUTES\",\"dataJson\":\"{\\\"sourceId\\\":\\\"2c918083746f642c01746f990884012a\\\"}\"}}",
        )
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
/// The operation of [`test_source_configuration()`], as `Mock<TestSourceConfiguration>`.
pub enum TestSourceConfiguration {}
/// Expects [`SourcesApi::test_source_configuration`](crate::apis::sources::SourcesApi::test_source_configuration): `POST /sources/{sourceId}/connector/test-configuration`.
pub fn test_source_configuration() -> super::Mock<TestSourceConfiguration> {
    super::Mock::new(
        runtime::Method::POST,
        "/sources/{sourceId}/connector/test-configuration",
    )
}
impl super::Mock<TestSourceConfiguration> {
    /// Requires path parameter `sourceId` with `value`, encoded as the client does.
    pub fn source_id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("sourceId", &value, false)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::StatusResponse) -> Self {
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
/// The operation of [`test_source_connection()`], as `Mock<TestSourceConnection>`.
pub enum TestSourceConnection {}
/// Expects [`SourcesApi::test_source_connection`](crate::apis::sources::SourcesApi::test_source_connection): `POST /sources/{sourceId}/connector/check-connection`.
pub fn test_source_connection() -> super::Mock<TestSourceConnection> {
    super::Mock::new(
        runtime::Method::POST,
        "/sources/{sourceId}/connector/check-connection",
    )
}
impl super::Mock<TestSourceConnection> {
    /// Requires path parameter `sourceId` with `value`, encoded as the client does.
    pub fn source_id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("sourceId", &value, false)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::StatusResponse) -> Self {
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
/// The operation of [`update_password_policy_holders()`], as `Mock<UpdatePasswordPolicyHolders>`.
pub enum UpdatePasswordPolicyHolders {}
/// Expects [`SourcesApi::update_password_policy_holders`](crate::apis::sources::SourcesApi::update_password_policy_holders): `PATCH /sources/{sourceId}/password-policies`.
pub fn update_password_policy_holders() -> super::Mock<UpdatePasswordPolicyHolders> {
    super::Mock::new(runtime::Method::PATCH, "/sources/{sourceId}/password-policies")
}
impl super::Mock<UpdatePasswordPolicyHolders> {
    /// Requires path parameter `sourceId` with `value`, encoded as the client does.
    pub fn source_id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("sourceId", &value, false)
    }
    /// Requires a JSON body equal to `value`.
    pub fn body(
        self,
        value: &Vec<models::ListPasswordPolicyHoldersOnSourceResponseItem>,
    ) -> Self {
        self.json_body(value)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(
        self,
        body: &Vec<models::ListPasswordPolicyHoldersOnSourceResponseItem>,
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
/// The operation of [`update_provisioning_policies_in_bulk()`], as `Mock<UpdateProvisioningPoliciesInBulk>`.
pub enum UpdateProvisioningPoliciesInBulk {}
/// Expects [`SourcesApi::update_provisioning_policies_in_bulk`](crate::apis::sources::SourcesApi::update_provisioning_policies_in_bulk): `POST /sources/{sourceId}/provisioning-policies/bulk-update`.
pub fn update_provisioning_policies_in_bulk() -> super::Mock<
    UpdateProvisioningPoliciesInBulk,
> {
    super::Mock::new(
        runtime::Method::POST,
        "/sources/{sourceId}/provisioning-policies/bulk-update",
    )
}
impl super::Mock<UpdateProvisioningPoliciesInBulk> {
    /// Requires path parameter `sourceId` with `value`, encoded as the client does.
    pub fn source_id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("sourceId", &value, false)
    }
    /// Requires a JSON body equal to `value`.
    pub fn body(self, value: &Vec<models::ProvisioningPolicy>) -> Self {
        self.json_body(value)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &Vec<models::ProvisioningPolicy>) -> Self {
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
/// The operation of [`update_provisioning_policy()`], as `Mock<UpdateProvisioningPolicy>`.
pub enum UpdateProvisioningPolicy {}
/// Expects [`SourcesApi::update_provisioning_policy`](crate::apis::sources::SourcesApi::update_provisioning_policy): `PATCH /sources/{sourceId}/provisioning-policies/{usageType}`.
pub fn update_provisioning_policy() -> super::Mock<UpdateProvisioningPolicy> {
    super::Mock::new(
        runtime::Method::PATCH,
        "/sources/{sourceId}/provisioning-policies/{usageType}",
    )
}
impl super::Mock<UpdateProvisioningPolicy> {
    /// Requires path parameter `sourceId` with `value`, encoded as the client does.
    pub fn source_id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("sourceId", &value, false)
    }
    /// Requires path parameter `usageType` with `value`, encoded as the client does.
    pub fn usage_type(self, value: models::UsageType) -> Self {
        self.path_param("usageType", &value, false)
    }
    /// Requires a JSON body equal to `value`.
    pub fn body(self, value: &Vec<models::JsonPatchOperation>) -> Self {
        self.json_body(value)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::ProvisioningPolicy) -> Self {
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
/// The operation of [`update_source()`], as `Mock<UpdateSource>`.
pub enum UpdateSource {}
/// Expects [`SourcesApi::update_source`](crate::apis::sources::SourcesApi::update_source): `PATCH /sources/{id}`.
pub fn update_source() -> super::Mock<UpdateSource> {
    super::Mock::new(runtime::Method::PATCH, "/sources/{id}")
}
impl super::Mock<UpdateSource> {
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
    pub fn respond_ok(self, body: &models::Source) -> Self {
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
/// The operation of [`update_source_entitlement_request_config()`], as `Mock<UpdateSourceEntitlementRequestConfig>`.
pub enum UpdateSourceEntitlementRequestConfig {}
/// Expects [`SourcesApi::update_source_entitlement_request_config`](crate::apis::sources::SourcesApi::update_source_entitlement_request_config): `PUT /sources/{id}/entitlement-request-config`.
pub fn update_source_entitlement_request_config() -> super::Mock<
    UpdateSourceEntitlementRequestConfig,
> {
    super::Mock::new(runtime::Method::PUT, "/sources/{id}/entitlement-request-config")
}
impl super::Mock<UpdateSourceEntitlementRequestConfig> {
    /// Requires path parameter `id` with `value`, encoded as the client does.
    pub fn id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("id", &value, false)
    }
    /// Requires a JSON body equal to `value`.
    pub fn body(self, value: &models::SourceEntitlementRequestConfig) -> Self {
        self.json_body(value)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::SourceEntitlementRequestConfig) -> Self {
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
/// The operation of [`update_source_schedule()`], as `Mock<UpdateSourceSchedule>`.
pub enum UpdateSourceSchedule {}
/// Expects [`SourcesApi::update_source_schedule`](crate::apis::sources::SourcesApi::update_source_schedule): `PATCH /sources/{sourceId}/schedules/{scheduleType}`.
pub fn update_source_schedule() -> super::Mock<UpdateSourceSchedule> {
    super::Mock::new(
        runtime::Method::PATCH,
        "/sources/{sourceId}/schedules/{scheduleType}",
    )
}
impl super::Mock<UpdateSourceSchedule> {
    /// Requires path parameter `sourceId` with `value`, encoded as the client does.
    pub fn source_id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("sourceId", &value, false)
    }
    /// Requires path parameter `scheduleType` with `value`, encoded as the client does.
    pub fn schedule_type(self, value: models::UpdateSourceScheduleScheduleType) -> Self {
        self.path_param("scheduleType", &value, false)
    }
    /// Requires a JSON body equal to `value`.
    pub fn body(self, value: &Vec<models::JsonPatchOperation>) -> Self {
        self.json_body(value)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::SourceSchedule) -> Self {
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
/// The operation of [`update_source_schema()`], as `Mock<UpdateSourceSchema>`.
pub enum UpdateSourceSchema {}
/// Expects [`SourcesApi::update_source_schema`](crate::apis::sources::SourcesApi::update_source_schema): `PATCH /sources/{sourceId}/schemas/{schemaId}`.
pub fn update_source_schema() -> super::Mock<UpdateSourceSchema> {
    super::Mock::new(runtime::Method::PATCH, "/sources/{sourceId}/schemas/{schemaId}")
}
impl super::Mock<UpdateSourceSchema> {
    /// Requires path parameter `sourceId` with `value`, encoded as the client does.
    pub fn source_id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("sourceId", &value, false)
    }
    /// Requires path parameter `schemaId` with `value`, encoded as the client does.
    pub fn schema_id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("schemaId", &value, false)
    }
    /// Requires a JSON body equal to `value`.
    pub fn body(self, value: &Vec<models::JsonPatchOperation>) -> Self {
        self.json_body(value)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::Schema) -> Self {
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
