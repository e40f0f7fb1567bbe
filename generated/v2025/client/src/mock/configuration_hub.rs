//! Typed expectations of the operations tagged `Configuration Hub`: `server.expect(mock::configuration_hub::<operation>()...)`.
#[allow(unused_imports)]
use crate::{models, runtime};
/// The operation of [`create_deploy()`], as `Mock<CreateDeploy>`.
pub enum CreateDeploy {}
/// Expects [`ConfigurationHubApi::create_deploy`](crate::apis::configuration_hub::ConfigurationHubApi::create_deploy): `POST /configuration-hub/deploys`.
pub fn create_deploy() -> super::Mock<CreateDeploy> {
    super::Mock::new(runtime::Method::POST, "/configuration-hub/deploys")
}
impl super::Mock<CreateDeploy> {
    /// Requires a JSON body equal to `value`.
    pub fn body(self, value: &models::DeployRequest) -> Self {
        self.json_body(value)
    }
    /// Answers `202` with `body` as JSON.
    pub fn respond_accepted(self, body: &models::DeployResponse) -> Self {
        self.respond_json(202, body)
    }
    /// Answers `202` with the spec's example.
    pub fn respond_accepted_example(self) -> Self {
        self.respond_json_text(
            202,
            "{\"jobId\":\"ce928190-b50a-4e9a-9854-b56959be8bb1\",\"status\":\"NOT_STARTED\",\"type\":\"CONFIG_DEPLOY_DRAFT\",\"requesterName\":\"support\",\"fileExists\":false,\"created\":\"2024-09-19T19:28:58.503Z\",\"modified\":\"2024-09-19T19:28:58.509Z\",\"draftId\":\"ebee8250-841f-41de-b74f-288b81137d12\",\"draftName\":\"Draft for 46207915-854f-4894-8723-782fdcc677d6\"}",
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
/// The operation of [`create_object_mapping()`], as `Mock<CreateObjectMapping>`.
pub enum CreateObjectMapping {}
/// Expects [`ConfigurationHubApi::create_object_mapping`](crate::apis::configuration_hub::ConfigurationHubApi::create_object_mapping): `POST /configuration-hub/object-mappings/{sourceOrg}`.
pub fn create_object_mapping() -> super::Mock<CreateObjectMapping> {
    super::Mock::new(
        runtime::Method::POST,
        "/configuration-hub/object-mappings/{sourceOrg}",
    )
}
impl super::Mock<CreateObjectMapping> {
    /// Requires path parameter `sourceOrg` with `value`, encoded as the client does.
    pub fn source_org(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("sourceOrg", &value, false)
    }
    /// Requires a JSON body equal to `value`.
    pub fn body(self, value: &models::ObjectMappingRequest) -> Self {
        self.json_body(value)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::ObjectMappingResponse) -> Self {
        self.respond_json(200, body)
    }
    /// Answers `200` with the spec's example.
    pub fn respond_ok_example(self) -> Self {
        self.respond_json_text(
            200,
            "{\"objectMappingId\":\"3d6e0144-963f-4bd6-8d8d-d77b4e507ce4\",\"objectType\":\"GOVERNANCE_GROUP\",\"jsonPath\":\"$.description\",\"sourceValue\":\"Sample Governance Group\",\"targetValue\":\"Sample Governance Group - Updated\",\"enabled\":true,\"created\":\"2024-03-19T23:18:53.732Z\",\"modified\":\"2024-03-19T23:18:53.732Z\"}",
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
/// The operation of [`create_object_mappings()`], as `Mock<CreateObjectMappings>`.
pub enum CreateObjectMappings {}
/// Expects [`ConfigurationHubApi::create_object_mappings`](crate::apis::configuration_hub::ConfigurationHubApi::create_object_mappings): `POST /configuration-hub/object-mappings/{sourceOrg}/bulk-create`.
pub fn create_object_mappings() -> super::Mock<CreateObjectMappings> {
    super::Mock::new(
        runtime::Method::POST,
        "/configuration-hub/object-mappings/{sourceOrg}/bulk-create",
    )
}
impl super::Mock<CreateObjectMappings> {
    /// Requires path parameter `sourceOrg` with `value`, encoded as the client does.
    pub fn source_org(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("sourceOrg", &value, false)
    }
    /// Requires a JSON body equal to `value`.
    pub fn body(self, value: &models::BulkCreateObjectMappingRequest) -> Self {
        self.json_body(value)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::BulkCreateObjectMappingResponse) -> Self {
        self.respond_json(200, body)
    }
    /// Answers `200` with the spec's example.
    pub fn respond_ok_example(self) -> Self {
        self.respond_json_text(
            200,
            "{\"addedObjects\":[{\"objectMappingId\":\"603b1a61-d03d-4ed1-864f-a508fbd1995d\",\"objectType\":\"SOURCE\",\"jsonPath\":\"$.name\",\"sourceValue\":\"Original SOURCE Name\",\"targetValue\":\"New SOURCE Name\",\"enabled\":true,\"created\":\"2024-03-25T15:50:41.314Z\",\"modified\":\"2024-03-25T15:50:41.299Z\"},{\"objectMappingId\":\"00bece34-f50d-4227-8878-76f620b5a971\",\"objectType\":\"IDENTITY\",\"jsonPath\":\"$.name\",\"sourceValue\":\"Original IDENTITY Name\",\"targetValue\":\"New IDENTITY Name \",\"enabled\":true,\"created\":\"2024-03-25T15:50:41.316Z\",\"modified\":\"2024-03-25T15:50:41.316Z\"}]}",
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
/// The operation of [`create_scheduled_action()`], as `Mock<CreateScheduledAction>`.
pub enum CreateScheduledAction {}
/// Expects [`ConfigurationHubApi::create_scheduled_action`](crate::apis::configuration_hub::ConfigurationHubApi::create_scheduled_action): `POST /configuration-hub/scheduled-actions`.
pub fn create_scheduled_action() -> super::Mock<CreateScheduledAction> {
    super::Mock::new(runtime::Method::POST, "/configuration-hub/scheduled-actions")
}
impl super::Mock<CreateScheduledAction> {
    /// Requires a JSON body equal to `value`.
    pub fn body(self, value: &models::ScheduledActionPayload) -> Self {
        self.json_body(value)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::ScheduledActionResponse) -> Self {
        self.respond_json(200, body)
    }
    /// Answers `200` with the spec's example.
    pub fn respond_ok_example(self) -> Self {
        self.respond_json_text(
            200,
            "{\"id\":\"0f11f2a4-7c94-4bf3-a2bd-742580fe3bde\",\"created\":\"2024-08-16T14:16:58.389Z\",\"jobType\":\"BACKUP\",\"content\":{\"name\":\"Daily Backup\",\"backupOptions\":{\"includeTypes\":[\"SOURCE\",\"IDENTITY\"],\"objectOptions\":{\"SOURCE\":{\"includedNames\":[\"Source1\",\"Source2\"]}}}},\"startTime\":\"2024-08-16T14:16:58.389Z\",\"cronString\":\"0 0 * * * *\"}",
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
/// The operation of [`create_uploaded_configuration()`], as `Mock<CreateUploadedConfiguration>`.
pub enum CreateUploadedConfiguration {}
/// Expects [`ConfigurationHubApi::create_uploaded_configuration`](crate::apis::configuration_hub::ConfigurationHubApi::create_uploaded_configuration): `POST /configuration-hub/backups/uploads`.
pub fn create_uploaded_configuration() -> super::Mock<CreateUploadedConfiguration> {
    super::Mock::new(runtime::Method::POST, "/configuration-hub/backups/uploads")
}
impl super::Mock<CreateUploadedConfiguration> {
    /// Answers `202` with `body` as JSON.
    pub fn respond_accepted(self, body: &models::BackupResponseV2024) -> Self {
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
/// The operation of [`delete_backup()`], as `Mock<DeleteBackup>`.
pub enum DeleteBackup {}
/// Expects [`ConfigurationHubApi::delete_backup`](crate::apis::configuration_hub::ConfigurationHubApi::delete_backup): `DELETE /configuration-hub/backups/{id}`.
pub fn delete_backup() -> super::Mock<DeleteBackup> {
    super::Mock::new(runtime::Method::DELETE, "/configuration-hub/backups/{id}")
}
impl super::Mock<DeleteBackup> {
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
/// The operation of [`delete_draft()`], as `Mock<DeleteDraft>`.
pub enum DeleteDraft {}
/// Expects [`ConfigurationHubApi::delete_draft`](crate::apis::configuration_hub::ConfigurationHubApi::delete_draft): `DELETE /configuration-hub/drafts/{id}`.
pub fn delete_draft() -> super::Mock<DeleteDraft> {
    super::Mock::new(runtime::Method::DELETE, "/configuration-hub/drafts/{id}")
}
impl super::Mock<DeleteDraft> {
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
/// The operation of [`delete_object_mapping()`], as `Mock<DeleteObjectMapping>`.
pub enum DeleteObjectMapping {}
/// Expects [`ConfigurationHubApi::delete_object_mapping`](crate::apis::configuration_hub::ConfigurationHubApi::delete_object_mapping): `DELETE /configuration-hub/object-mappings/{sourceOrg}/{objectMappingId}`.
pub fn delete_object_mapping() -> super::Mock<DeleteObjectMapping> {
    super::Mock::new(
        runtime::Method::DELETE,
        "/configuration-hub/object-mappings/{sourceOrg}/{objectMappingId}",
    )
}
impl super::Mock<DeleteObjectMapping> {
    /// Requires path parameter `sourceOrg` with `value`, encoded as the client does.
    pub fn source_org(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("sourceOrg", &value, false)
    }
    /// Requires path parameter `objectMappingId` with `value`, encoded as the client does.
    pub fn object_mapping_id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("objectMappingId", &value, false)
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
/// The operation of [`delete_scheduled_action()`], as `Mock<DeleteScheduledAction>`.
pub enum DeleteScheduledAction {}
/// Expects [`ConfigurationHubApi::delete_scheduled_action`](crate::apis::configuration_hub::ConfigurationHubApi::delete_scheduled_action): `DELETE /configuration-hub/scheduled-actions/{scheduledActionId}`.
pub fn delete_scheduled_action() -> super::Mock<DeleteScheduledAction> {
    super::Mock::new(
        runtime::Method::DELETE,
        "/configuration-hub/scheduled-actions/{scheduledActionId}",
    )
}
impl super::Mock<DeleteScheduledAction> {
    /// Requires path parameter `scheduledActionId` with `value`, encoded as the client does.
    pub fn scheduled_action_id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("scheduledActionId", &value, false)
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
/// The operation of [`delete_uploaded_configuration()`], as `Mock<DeleteUploadedConfiguration>`.
pub enum DeleteUploadedConfiguration {}
/// Expects [`ConfigurationHubApi::delete_uploaded_configuration`](crate::apis::configuration_hub::ConfigurationHubApi::delete_uploaded_configuration): `DELETE /configuration-hub/backups/uploads/{id}`.
pub fn delete_uploaded_configuration() -> super::Mock<DeleteUploadedConfiguration> {
    super::Mock::new(runtime::Method::DELETE, "/configuration-hub/backups/uploads/{id}")
}
impl super::Mock<DeleteUploadedConfiguration> {
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
/// The operation of [`get_deploy()`], as `Mock<GetDeploy>`.
pub enum GetDeploy {}
/// Expects [`ConfigurationHubApi::get_deploy`](crate::apis::configuration_hub::ConfigurationHubApi::get_deploy): `GET /configuration-hub/deploys/{id}`.
pub fn get_deploy() -> super::Mock<GetDeploy> {
    super::Mock::new(runtime::Method::GET, "/configuration-hub/deploys/{id}")
}
impl super::Mock<GetDeploy> {
    /// Requires path parameter `id` with `value`, encoded as the client does.
    pub fn id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("id", &value, false)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::DeployResponse) -> Self {
        self.respond_json(200, body)
    }
    /// Answers `200` with the spec's example.
    pub fn respond_ok_example(self) -> Self {
        self.respond_json_text(
            200,
            "{\"jobId\":\"3d0fe04b-57df-4a46-a83b-8f04b0f9d10b\",\"status\":\"COMPLETE\",\"type\":\"CONFIG_DEPLOY_DRAFT\",\"message\":\"Deploy outcome message\",\"requesterName\":\"requester.name\",\"fileExists\":true,\"created\":\"2023-08-29T01:54:37.069Z\",\"modified\":\"2024-07-15T16:53:45.925Z\",\"completed\":\"2023-08-29T01:54:41.924Z\",\"draftId\":\"925e34e3-fa7c-4e7a-9b9a-cf3b8b4b1068\",\"draftName\":\"Source draft name\",\"cloudStorageStatus\":\"SYNCED\"}",
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
/// The operation of [`get_object_mappings()`], as `Mock<GetObjectMappings>`.
pub enum GetObjectMappings {}
/// Expects [`ConfigurationHubApi::get_object_mappings`](crate::apis::configuration_hub::ConfigurationHubApi::get_object_mappings): `GET /configuration-hub/object-mappings/{sourceOrg}`.
pub fn get_object_mappings() -> super::Mock<GetObjectMappings> {
    super::Mock::new(
        runtime::Method::GET,
        "/configuration-hub/object-mappings/{sourceOrg}",
    )
}
impl super::Mock<GetObjectMappings> {
    /// Requires path parameter `sourceOrg` with `value`, encoded as the client does.
    pub fn source_org(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("sourceOrg", &value, false)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &Vec<models::ObjectMappingResponse>) -> Self {
        self.respond_json(200, body)
    }
    /// Answers `200` with the spec's example.
    pub fn respond_ok_example(self) -> Self {
        self.respond_json_text(
            200,
            "[{\"objectMappingId\":\"3d6e0144-963f-4bd6-8d8d-d77b4e507ce4\",\"objectType\":\"GOVERNANCE_GROUP\",\"jsonPath\":\"$.description\",\"sourceValue\":\"Sample Governance Group\",\"targetValue\":\"Sample Governance Group - Updated\",\"enabled\":true,\"created\":\"2024-03-19T23:18:53.732Z\",\"modified\":\"2024-03-19T23:18:53.732Z\"},{\"objectMappingId\":\"e1d5cb80-65e2-4f92-ae2e-9588f61cc4cd\",\"objectType\":\"IDENTITY\",\"jsonPath\":\"$.name\",\"sourceValue\":\"SailPoint Support\",\"targetValue\":\"john.doe\",\"enabled\":false,\"created\":\"2024-03-19T23:18:06.238Z\",\"modified\":\"2024-03-19T23:18:06.238Z\"}]",
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
/// The operation of [`get_uploaded_configuration()`], as `Mock<GetUploadedConfiguration>`.
pub enum GetUploadedConfiguration {}
/// Expects [`ConfigurationHubApi::get_uploaded_configuration`](crate::apis::configuration_hub::ConfigurationHubApi::get_uploaded_configuration): `GET /configuration-hub/backups/uploads/{id}`.
pub fn get_uploaded_configuration() -> super::Mock<GetUploadedConfiguration> {
    super::Mock::new(runtime::Method::GET, "/configuration-hub/backups/uploads/{id}")
}
impl super::Mock<GetUploadedConfiguration> {
    /// Requires path parameter `id` with `value`, encoded as the client does.
    pub fn id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("id", &value, false)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::BackupResponseV2024) -> Self {
        self.respond_json(200, body)
    }
    /// Answers `200` with the spec's example.
    pub fn respond_ok_example(self) -> Self {
        self.respond_json_text(
            200,
            "{\"jobId\":\"2ea830f3-2b14-4772-8a20-3d006742e419\",\"status\":\"COMPLETE\",\"type\":\"BACKUP\",\"tenant\":\"someTenant\",\"requesterName\":\"support\",\"fileExists\":true,\"created\":\"2024-02-20T22:08:31.064Z\",\"modified\":\"2024-02-20T22:13:15.662Z\",\"completed\":\"2024-02-20T22:08:31.689Z\",\"name\":\"something new\",\"userCanDelete\":false,\"isPartial\":false,\"backupType\":\"UPLOADED\",\"hydrationStatus\":\"HYDRATED\",\"totalObjectCount\":2}",
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
/// The operation of [`list_backups()`], as `Mock<ListBackups>`.
pub enum ListBackups {}
/// Expects [`ConfigurationHubApi::list_backups`](crate::apis::configuration_hub::ConfigurationHubApi::list_backups): `GET /configuration-hub/backups`.
pub fn list_backups() -> super::Mock<ListBackups> {
    super::Mock::new(runtime::Method::GET, "/configuration-hub/backups")
}
impl super::Mock<ListBackups> {
    /// Requires query parameter `filters` with `value`, encoded as the client does.
    pub fn filters(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.query_param("filters", &value, "form", true)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &Vec<models::BackupResponse>) -> Self {
        self.respond_json(200, body)
    }
    /// Answers `200` with the spec's example.
    pub fn respond_ok_example(self) -> Self {
        self.respond_json_text(
            200,
            "[{\"jobId\":\"09491993-9cb6-49a7-8d37-8bef54d33502\",\"status\":\"COMPLETE\",\"type\":\"BACKUP\",\"tenant\":\"tenant-name\",\"requesterName\":\"Requester Name\",\"fileExists\":true,\"created\":\"2024-02-19T19:54:15.373Z\",\"modified\":\"2024-02-19T20:39:00.341Z\",\"completed\":\"2024-02-19T19:54:15.605Z\",\"name\":\"Backup name\",\"userCanDelete\":false,\"isPartial\":true,\"backupType\":\"MANUAL\",\"options\":{\"includeTypes\":[\"SOURCE\"],\"objectOptions\":{\"SOURCE\":{\"includedNames\":[\"Source Name\"]}}},\"hydrationStatus\":\"HYDRATED\",\"totalObjectCount\":2,\"cloudStorageStatus\":\"SYNCED\"}]",
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
/// The operation of [`list_deploys()`], as `Mock<ListDeploys>`.
pub enum ListDeploys {}
/// Expects [`ConfigurationHubApi::list_deploys`](crate::apis::configuration_hub::ConfigurationHubApi::list_deploys): `GET /configuration-hub/deploys`.
pub fn list_deploys() -> super::Mock<ListDeploys> {
    super::Mock::new(runtime::Method::GET, "/configuration-hub/deploys")
}
impl super::Mock<ListDeploys> {
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::ListDeploysResponse) -> Self {
        self.respond_json(200, body)
    }
    /// Answers `200` with the spec's example.
    pub fn respond_ok_example(self) -> Self {
        self.respond_json_text(
            200,
            "{\"items\":[{\"jobId\":\"3d0fe04b-57df-4a46-a83b-8f04b0f9d10b\",\"status\":\"COMPLETE\",\"type\":\"CONFIG_DEPLOY_DRAFT\",\"message\":\"Deploy outcome message\",\"requesterName\":\"requester.name\",\"fileExists\":true,\"created\":\"2023-08-29T01:54:37.069Z\",\"modified\":\"2024-07-15T16:53:45.925Z\",\"completed\":\"2023-08-29T01:54:41.924Z\",\"draftId\":\"925e34e3-fa7c-4e7a-9b9a-cf3b8b4b1068\",\"draftName\":\"Source draft name\",\"cloudStorageStatus\":\"SYNCED\"},{\"jobId\":\"bdbcaae6-5e2a-4ebd-9eb3-37b09ec7eea4\",\"status\":\"FAILED\",\"type\":\"CONFIG_DEPLOY_DRAFT\",\"message\":\"Deploy outcome message\",\"requesterName\":\"requester.name\",\"fileExists\":true,\"created\":\"2023-07-20T18:38:00.812Z\",\"modified\":\"2024-07-15T16:53:59.778Z\",\"completed\":\"2023-07-20T18:38:01.783Z\",\"draftId\":\"e04da89d-941f-41e8-83ab-dd185ef5e646\",\"draftName\":\"Source draft name\",\"cloudStorageStatus\":\"NOT_SYNCED\"}]}",
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
/// The operation of [`list_drafts()`], as `Mock<ListDrafts>`.
pub enum ListDrafts {}
/// Expects [`ConfigurationHubApi::list_drafts`](crate::apis::configuration_hub::ConfigurationHubApi::list_drafts): `GET /configuration-hub/drafts`.
pub fn list_drafts() -> super::Mock<ListDrafts> {
    super::Mock::new(runtime::Method::GET, "/configuration-hub/drafts")
}
impl super::Mock<ListDrafts> {
    /// Requires query parameter `filters` with `value`, encoded as the client does.
    pub fn filters(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.query_param("filters", &value, "form", true)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &Vec<models::DraftResponse>) -> Self {
        self.respond_json(200, body)
    }
    /// Answers `200` with the spec's example.
    pub fn respond_ok_example(self) -> Self {
        self.respond_json_text(
            200,
            "[{\"jobId\":\"07659d7d-2cce-47c0-9e49-185787ee565a\",\"status\":\"COMPLETE\",\"type\":\"CREATE_DRAFT\",\"message\":\"Draft creation message\",\"requesterName\":\"Requester Name\",\"fileExists\":true,\"created\":\"2024-08-16T14:16:58.389Z\",\"completed\":\"2024-08-16T14:17:12.355Z\",\"name\":\"Draft Name\",\"sourceTenant\":\"source-tenant\",\"sourceBackupId\":\"9393e1f5-bed6-4fa8-80fb-6f86b19bd3d6\",\"sourceBackupName\":\"Source Backup Name\",\"mode\":\"RESTORE\",\"approvalStatus\":\"DEFAULT\",\"approvalComment\":[{\"comment\":\"Approval comment\",\"timestamp\":\"2024-08-26T19:32:46.384137Z\",\"user\":\"User name\",\"id\":\"User id\",\"changedToStatus\":\"PENDING_FOR_APPROVAL\"}]}]",
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
/// The operation of [`list_scheduled_actions()`], as `Mock<ListScheduledActions>`.
pub enum ListScheduledActions {}
/// Expects [`ConfigurationHubApi::list_scheduled_actions`](crate::apis::configuration_hub::ConfigurationHubApi::list_scheduled_actions): `GET /configuration-hub/scheduled-actions`.
pub fn list_scheduled_actions() -> super::Mock<ListScheduledActions> {
    super::Mock::new(runtime::Method::GET, "/configuration-hub/scheduled-actions")
}
impl super::Mock<ListScheduledActions> {
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &Vec<models::ScheduledActionResponse>) -> Self {
        self.respond_json(200, body)
    }
    /// Answers `200` with the spec's example.
    pub fn respond_ok_example(self) -> Self {
        self.respond_json_text(
            200,
            "[{\"id\":\"0f11f2a4-7c94-4bf3-a2bd-742580fe3bde\",\"created\":\"2024-08-16T14:16:58.389Z\",\"jobType\":\"BACKUP\",\"content\":{\"name\":\"Backup Name\",\"backupOptions\":{\"includeTypes\":[\"SOURCE\",\"IDENTITY\"],\"objectOptions\":[]}},\"startTime\":\"2024-08-16T14:16:58.389Z\",\"cronString\":\"0 0 * * * *\"}]",
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
/// The operation of [`list_uploaded_configurations()`], as `Mock<ListUploadedConfigurations>`.
pub enum ListUploadedConfigurations {}
/// Expects [`ConfigurationHubApi::list_uploaded_configurations`](crate::apis::configuration_hub::ConfigurationHubApi::list_uploaded_configurations): `GET /configuration-hub/backups/uploads`.
pub fn list_uploaded_configurations() -> super::Mock<ListUploadedConfigurations> {
    super::Mock::new(runtime::Method::GET, "/configuration-hub/backups/uploads")
}
impl super::Mock<ListUploadedConfigurations> {
    /// Requires query parameter `filters` with `value`, encoded as the client does.
    pub fn filters(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.query_param("filters", &value, "form", true)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &Vec<models::BackupResponseV2024>) -> Self {
        self.respond_json(200, body)
    }
    /// Answers `200` with the spec's example.
    pub fn respond_ok_example(self) -> Self {
        self.respond_json_text(
            200,
            "[{\"jobId\":\"281d421c-0643-4004-9fe5-29a95d2f73df\",\"status\":\"COMPLETE\",\"type\":\"BACKUP\",\"tenant\":\"someTenant\",\"requesterName\":\"support\",\"fileExists\":true,\"created\":\"2024-03-07T21:11:00.375Z\",\"modified\":\"2024-03-07T21:11:25.046Z\",\"completed\":\"2024-03-07T21:11:00.66Z\",\"name\":\"test1\",\"userCanDelete\":false,\"isPartial\":false,\"backupType\":\"UPLOADED\",\"hydrationStatus\":\"HYDRATED\",\"totalObjectCount\":64}]",
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
/// The operation of [`update_object_mappings()`], as `Mock<UpdateObjectMappings>`.
pub enum UpdateObjectMappings {}
/// Expects [`ConfigurationHubApi::update_object_mappings`](crate::apis::configuration_hub::ConfigurationHubApi::update_object_mappings): `POST /configuration-hub/object-mappings/{sourceOrg}/bulk-patch`.
pub fn update_object_mappings() -> super::Mock<UpdateObjectMappings> {
    super::Mock::new(
        runtime::Method::POST,
        "/configuration-hub/object-mappings/{sourceOrg}/bulk-patch",
    )
}
impl super::Mock<UpdateObjectMappings> {
    /// Requires path parameter `sourceOrg` with `value`, encoded as the client does.
    pub fn source_org(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("sourceOrg", &value, false)
    }
    /// Requires a JSON body equal to `value`.
    pub fn body(self, value: &models::BulkUpdateObjectMappingRequest) -> Self {
        self.json_body(value)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::BulkUpdateObjectMappingResponse) -> Self {
        self.respond_json(200, body)
    }
    /// Answers `200` with the spec's example.
    pub fn respond_ok_example(self) -> Self {
        self.respond_json_text(
            200,
            "{\"patchedObjects\":[{\"objectMappingId\":\"603b1a61-d03d-4ed1-864f-a508fbd1995d\",\"objectType\":\"SOURCE\",\"jsonPath\":\"$.name\",\"sourceValue\":\"Original SOURCE Name\",\"targetValue\":\"New SOURCE Name\",\"enabled\":true,\"created\":\"2024-03-25T15:50:41.314Z\",\"modified\":\"2024-03-25T15:50:41.299Z\"},{\"objectMappingId\":\"00bece34-f50d-4227-8878-76f620b5a971\",\"objectType\":\"IDENTITY\",\"jsonPath\":\"$.name\",\"sourceValue\":\"Original IDENTITY Name\",\"targetValue\":\"New IDENTITY Name \",\"enabled\":true,\"created\":\"2024-03-25T15:50:41.316Z\",\"modified\":\"2024-03-25T15:50:41.316Z\"}]}",
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
/// The operation of [`update_scheduled_action()`], as `Mock<UpdateScheduledAction>`.
pub enum UpdateScheduledAction {}
/// Expects [`ConfigurationHubApi::update_scheduled_action`](crate::apis::configuration_hub::ConfigurationHubApi::update_scheduled_action): `PATCH /configuration-hub/scheduled-actions/{scheduledActionId}`.
pub fn update_scheduled_action() -> super::Mock<UpdateScheduledAction> {
    super::Mock::new(
        runtime::Method::PATCH,
        "/configuration-hub/scheduled-actions/{scheduledActionId}",
    )
}
impl super::Mock<UpdateScheduledAction> {
    /// Requires path parameter `scheduledActionId` with `value`, encoded as the client does.
    pub fn scheduled_action_id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("scheduledActionId", &value, false)
    }
    /// Requires a JSON body equal to `value`.
    pub fn body(self, value: &models::JsonPatch) -> Self {
        self.json_body(value)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::ScheduledActionResponse) -> Self {
        self.respond_json(200, body)
    }
    /// Answers `200` with the spec's example.
    pub fn respond_ok_example(self) -> Self {
        self.respond_json_text(
            200,
            "{\"id\":\"0f11f2a4-7c94-4bf3-a2bd-742580fe3bde\",\"created\":\"2024-08-16T14:16:58.389Z\",\"jobType\":\"BACKUP\",\"content\":{\"name\":\"Updated Backup Name\",\"backupOptions\":{\"includeTypes\":[\"SOURCE\",\"IDENTITY\"],\"objectOptions\":{\"SOURCE\":{\"includedNames\":[\"Source1\",\"Source2\"]}}}},\"startTime\":\"2024-08-16T14:16:58.389Z\",\"cronString\":\"0 0 9 * * ?\"}",
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
