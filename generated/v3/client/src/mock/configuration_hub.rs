//! Typed expectations of the operations tagged `Configuration Hub`: `server.expect(mock::configuration_hub::<operation>()...)`.
#[allow(unused_imports)]
use crate::{models, runtime};
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
/// The operation of [`create_uploaded_configuration()`], as `Mock<CreateUploadedConfiguration>`.
pub enum CreateUploadedConfiguration {}
/// Expects [`ConfigurationHubApi::create_uploaded_configuration`](crate::apis::configuration_hub::ConfigurationHubApi::create_uploaded_configuration): `POST /configuration-hub/backups/uploads`.
pub fn create_uploaded_configuration() -> super::Mock<CreateUploadedConfiguration> {
    super::Mock::new(runtime::Method::POST, "/configuration-hub/backups/uploads")
}
impl super::Mock<CreateUploadedConfiguration> {
    /// Answers `202` with `body` as JSON.
    pub fn respond_accepted(self, body: &models::BackupResponse) -> Self {
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
    pub fn respond_ok(self, body: &models::BackupResponse) -> Self {
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
    pub fn respond_ok(self, body: &Vec<models::BackupResponse>) -> Self {
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
