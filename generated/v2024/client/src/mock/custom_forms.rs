//! Typed expectations of the operations tagged `Custom Forms`: `server.expect(mock::custom_forms::<operation>()...)`.
#[allow(unused_imports)]
use crate::{models, runtime};
/// The operation of [`create_form_definition()`], as `Mock<CreateFormDefinition>`.
pub enum CreateFormDefinition {}
/// Expects [`CustomFormsApi::create_form_definition`](crate::apis::custom_forms::CustomFormsApi::create_form_definition): `POST /form-definitions`.
pub fn create_form_definition() -> super::Mock<CreateFormDefinition> {
    super::Mock::new(runtime::Method::POST, "/form-definitions")
}
impl super::Mock<CreateFormDefinition> {
    /// Requires a JSON body equal to `value`.
    pub fn body(self, value: &models::CreateFormDefinitionRequest) -> Self {
        self.json_body(value)
    }
    /// Answers `201` with `body` as JSON.
    pub fn respond_created(self, body: &models::FormDefinitionResponse) -> Self {
        self.respond_json(201, body)
    }
    /// Answers `400` with `body` as JSON.
    pub fn respond_bad_request(
        self,
        body: &models::CreateFormDefinitionResponse400,
    ) -> Self {
        self.respond_json(400, body)
    }
    /// Answers `401` with `body` as JSON.
    pub fn respond_unauthorized(
        self,
        body: &models::CreateFormDefinitionResponse401,
    ) -> Self {
        self.respond_json(401, body)
    }
    /// Answers `403` with `body` as JSON.
    pub fn respond_forbidden(
        self,
        body: &models::CreateFormDefinitionResponse403,
    ) -> Self {
        self.respond_json(403, body)
    }
    /// Answers `429` with `body` as JSON.
    pub fn respond_too_many_requests(self, body: &models::Error) -> Self {
        self.respond_json(429, body)
    }
    /// Answers `500` with `body` as JSON.
    pub fn respond_internal_server_error(
        self,
        body: &models::CreateFormDefinitionResponse500,
    ) -> Self {
        self.respond_json(500, body)
    }
}
/// The operation of [`create_form_definition_dynamic_schema()`], as `Mock<CreateFormDefinitionDynamicSchema>`.
pub enum CreateFormDefinitionDynamicSchema {}
/// Expects [`CustomFormsApi::create_form_definition_dynamic_schema`](crate::apis::custom_forms::CustomFormsApi::create_form_definition_dynamic_schema): `POST /form-definitions/forms-action-dynamic-schema`.
pub fn create_form_definition_dynamic_schema() -> super::Mock<
    CreateFormDefinitionDynamicSchema,
> {
    super::Mock::new(
        runtime::Method::POST,
        "/form-definitions/forms-action-dynamic-schema",
    )
}
impl super::Mock<CreateFormDefinitionDynamicSchema> {
    /// Requires a JSON body equal to `value`.
    pub fn body(self, value: &models::FormDefinitionDynamicSchemaRequest) -> Self {
        self.json_body(value)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::FormDefinitionDynamicSchemaResponse) -> Self {
        self.respond_json(200, body)
    }
    /// Answers `400` with `body` as JSON.
    pub fn respond_bad_request(
        self,
        body: &models::CreateFormDefinitionDynamicSchemaResponse400,
    ) -> Self {
        self.respond_json(400, body)
    }
    /// Answers `401` with `body` as JSON.
    pub fn respond_unauthorized(
        self,
        body: &models::CreateFormDefinitionDynamicSchemaResponse401,
    ) -> Self {
        self.respond_json(401, body)
    }
    /// Answers `403` with `body` as JSON.
    pub fn respond_forbidden(
        self,
        body: &models::CreateFormDefinitionDynamicSchemaResponse403,
    ) -> Self {
        self.respond_json(403, body)
    }
    /// Answers `404` with `body` as JSON.
    pub fn respond_not_found(
        self,
        body: &models::CreateFormDefinitionDynamicSchemaResponse404,
    ) -> Self {
        self.respond_json(404, body)
    }
    /// Answers `429` with `body` as JSON.
    pub fn respond_too_many_requests(self, body: &models::Error) -> Self {
        self.respond_json(429, body)
    }
    /// Answers `500` with `body` as JSON.
    pub fn respond_internal_server_error(
        self,
        body: &models::CreateFormDefinitionDynamicSchemaResponse500,
    ) -> Self {
        self.respond_json(500, body)
    }
}
/// The operation of [`create_form_definition_file_request()`], as `Mock<CreateFormDefinitionFileRequest>`.
pub enum CreateFormDefinitionFileRequest {}
/// Expects [`CustomFormsApi::create_form_definition_file_request`](crate::apis::custom_forms::CustomFormsApi::create_form_definition_file_request): `POST /form-definitions/{formDefinitionID}/upload`.
pub fn create_form_definition_file_request() -> super::Mock<
    CreateFormDefinitionFileRequest,
> {
    super::Mock::new(
        runtime::Method::POST,
        "/form-definitions/{formDefinitionID}/upload",
    )
}
impl super::Mock<CreateFormDefinitionFileRequest> {
    /// Requires path parameter `formDefinitionID` with `value`, encoded as the client does.
    pub fn form_definition_id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("formDefinitionID", &value, false)
    }
    /// Answers `201` with `body` as JSON.
    pub fn respond_created(
        self,
        body: &models::FormDefinitionFileUploadResponse,
    ) -> Self {
        self.respond_json(201, body)
    }
    /// Answers `400` with `body` as JSON.
    pub fn respond_bad_request(
        self,
        body: &models::CreateFormDefinitionFileRequestResponse400,
    ) -> Self {
        self.respond_json(400, body)
    }
    /// Answers `401` with `body` as JSON.
    pub fn respond_unauthorized(
        self,
        body: &models::CreateFormDefinitionFileRequestResponse401,
    ) -> Self {
        self.respond_json(401, body)
    }
    /// Answers `403` with `body` as JSON.
    pub fn respond_forbidden(
        self,
        body: &models::CreateFormDefinitionFileRequestResponse403,
    ) -> Self {
        self.respond_json(403, body)
    }
    /// Answers `404` with `body` as JSON.
    pub fn respond_not_found(
        self,
        body: &models::CreateFormDefinitionFileRequestResponse404,
    ) -> Self {
        self.respond_json(404, body)
    }
    /// Answers `413` with `body` as JSON.
    pub fn respond_payload_too_large(
        self,
        body: &models::CreateFormDefinitionFileRequestResponse413,
    ) -> Self {
        self.respond_json(413, body)
    }
    /// Answers `415` with `body` as JSON.
    pub fn respond_unsupported_media_type(
        self,
        body: &models::CreateFormDefinitionFileRequestResponse415,
    ) -> Self {
        self.respond_json(415, body)
    }
    /// Answers `429` with `body` as JSON.
    pub fn respond_too_many_requests(self, body: &models::Error) -> Self {
        self.respond_json(429, body)
    }
    /// Answers `500` with `body` as JSON.
    pub fn respond_internal_server_error(
        self,
        body: &models::CreateFormDefinitionFileRequestResponse500,
    ) -> Self {
        self.respond_json(500, body)
    }
    /// Answers `503` with `body` as JSON.
    pub fn respond_service_unavailable(
        self,
        body: &models::CreateFormDefinitionFileRequestResponse503,
    ) -> Self {
        self.respond_json(503, body)
    }
}
/// The operation of [`create_form_instance()`], as `Mock<CreateFormInstance>`.
pub enum CreateFormInstance {}
/// Expects [`CustomFormsApi::create_form_instance`](crate::apis::custom_forms::CustomFormsApi::create_form_instance): `POST /form-instances`.
pub fn create_form_instance() -> super::Mock<CreateFormInstance> {
    super::Mock::new(runtime::Method::POST, "/form-instances")
}
impl super::Mock<CreateFormInstance> {
    /// Requires a JSON body equal to `value`.
    pub fn body(self, value: &models::CreateFormInstanceRequest) -> Self {
        self.json_body(value)
    }
    /// Answers `201` with `body` as JSON.
    pub fn respond_created(self, body: &models::FormInstanceResponse) -> Self {
        self.respond_json(201, body)
    }
    /// Answers `400` with `body` as JSON.
    pub fn respond_bad_request(
        self,
        body: &models::CreateFormInstanceResponse400,
    ) -> Self {
        self.respond_json(400, body)
    }
    /// Answers `401` with `body` as JSON.
    pub fn respond_unauthorized(
        self,
        body: &models::CreateFormInstanceResponse401,
    ) -> Self {
        self.respond_json(401, body)
    }
    /// Answers `403` with `body` as JSON.
    pub fn respond_forbidden(
        self,
        body: &models::CreateFormInstanceResponse403,
    ) -> Self {
        self.respond_json(403, body)
    }
    /// Answers `429` with `body` as JSON.
    pub fn respond_too_many_requests(self, body: &models::Error) -> Self {
        self.respond_json(429, body)
    }
    /// Answers `500` with `body` as JSON.
    pub fn respond_internal_server_error(
        self,
        body: &models::CreateFormInstanceResponse500,
    ) -> Self {
        self.respond_json(500, body)
    }
}
/// The operation of [`delete_form_definition()`], as `Mock<DeleteFormDefinition>`.
pub enum DeleteFormDefinition {}
/// Expects [`CustomFormsApi::delete_form_definition`](crate::apis::custom_forms::CustomFormsApi::delete_form_definition): `DELETE /form-definitions/{formDefinitionID}`.
pub fn delete_form_definition() -> super::Mock<DeleteFormDefinition> {
    super::Mock::new(runtime::Method::DELETE, "/form-definitions/{formDefinitionID}")
}
impl super::Mock<DeleteFormDefinition> {
    /// Requires path parameter `formDefinitionID` with `value`, encoded as the client does.
    pub fn form_definition_id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("formDefinitionID", &value, false)
    }
    /// Answers `204` with `body` as JSON.
    pub fn respond_no_content(self, body: &models::serde_json::Value) -> Self {
        self.respond_json(204, body)
    }
    /// Answers `400` with `body` as JSON.
    pub fn respond_bad_request(
        self,
        body: &models::DeleteFormDefinitionResponse400,
    ) -> Self {
        self.respond_json(400, body)
    }
    /// Answers `401` with `body` as JSON.
    pub fn respond_unauthorized(
        self,
        body: &models::DeleteFormDefinitionResponse401,
    ) -> Self {
        self.respond_json(401, body)
    }
    /// Answers `403` with `body` as JSON.
    pub fn respond_forbidden(
        self,
        body: &models::DeleteFormDefinitionResponse403,
    ) -> Self {
        self.respond_json(403, body)
    }
    /// Answers `404` with `body` as JSON.
    pub fn respond_not_found(
        self,
        body: &models::DeleteFormDefinitionResponse404,
    ) -> Self {
        self.respond_json(404, body)
    }
    /// Answers `429` with `body` as JSON.
    pub fn respond_too_many_requests(self, body: &models::Error) -> Self {
        self.respond_json(429, body)
    }
    /// Answers `500` with `body` as JSON.
    pub fn respond_internal_server_error(
        self,
        body: &models::DeleteFormDefinitionResponse500,
    ) -> Self {
        self.respond_json(500, body)
    }
}
/// The operation of [`export_form_definitions_by_tenant()`], as `Mock<ExportFormDefinitionsByTenant>`.
pub enum ExportFormDefinitionsByTenant {}
/// Expects [`CustomFormsApi::export_form_definitions_by_tenant`](crate::apis::custom_forms::CustomFormsApi::export_form_definitions_by_tenant): `GET /form-definitions/export`.
pub fn export_form_definitions_by_tenant() -> super::Mock<
    ExportFormDefinitionsByTenant,
> {
    super::Mock::new(runtime::Method::GET, "/form-definitions/export")
}
impl super::Mock<ExportFormDefinitionsByTenant> {
    /// Requires query parameter `offset` with `value`, encoded as the client does.
    pub fn offset(self, value: i64) -> Self {
        self.query_param("offset", &value, "form", true)
    }
    /// Requires query parameter `limit` with `value`, encoded as the client does.
    pub fn limit(self, value: i64) -> Self {
        self.query_param("limit", &value, "form", true)
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
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(
        self,
        body: &Vec<models::ExportFormDefinitionsByTenantResponseItem>,
    ) -> Self {
        self.respond_json(200, body)
    }
    /// Answers `400` with `body` as JSON.
    pub fn respond_bad_request(
        self,
        body: &models::ExportFormDefinitionsByTenantResponse400,
    ) -> Self {
        self.respond_json(400, body)
    }
    /// Answers `401` with `body` as JSON.
    pub fn respond_unauthorized(
        self,
        body: &models::ExportFormDefinitionsByTenantResponse401,
    ) -> Self {
        self.respond_json(401, body)
    }
    /// Answers `403` with `body` as JSON.
    pub fn respond_forbidden(
        self,
        body: &models::ExportFormDefinitionsByTenantResponse403,
    ) -> Self {
        self.respond_json(403, body)
    }
    /// Answers `429` with `body` as JSON.
    pub fn respond_too_many_requests(self, body: &models::Error) -> Self {
        self.respond_json(429, body)
    }
    /// Answers `500` with `body` as JSON.
    pub fn respond_internal_server_error(
        self,
        body: &models::ExportFormDefinitionsByTenantResponse500,
    ) -> Self {
        self.respond_json(500, body)
    }
}
/// The operation of [`get_file_from_s3()`], as `Mock<GetFileFromS3>`.
pub enum GetFileFromS3 {}
/// Expects [`CustomFormsApi::get_file_from_s3`](crate::apis::custom_forms::CustomFormsApi::get_file_from_s3): `GET /form-definitions/{formDefinitionID}/file/{fileID}`.
pub fn get_file_from_s3() -> super::Mock<GetFileFromS3> {
    super::Mock::new(
        runtime::Method::GET,
        "/form-definitions/{formDefinitionID}/file/{fileID}",
    )
}
impl super::Mock<GetFileFromS3> {
    /// Requires path parameter `formDefinitionID` with `value`, encoded as the client does.
    pub fn form_definition_id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("formDefinitionID", &value, false)
    }
    /// Requires path parameter `fileID` with `value`, encoded as the client does.
    pub fn file_id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("fileID", &value, false)
    }
    /// Answers `200` with `body`.
    pub fn respond_ok(self, body: &[u8]) -> Self {
        self.respond_bytes(200, "application/json", body)
    }
    /// Answers `400` with `body` as JSON.
    pub fn respond_bad_request(self, body: &models::GetFileFromS3Response400) -> Self {
        self.respond_json(400, body)
    }
    /// Answers `401` with `body` as JSON.
    pub fn respond_unauthorized(self, body: &models::GetFileFromS3Response401) -> Self {
        self.respond_json(401, body)
    }
    /// Answers `403` with `body` as JSON.
    pub fn respond_forbidden(self, body: &models::GetFileFromS3Response403) -> Self {
        self.respond_json(403, body)
    }
    /// Answers `404` with `body` as JSON.
    pub fn respond_not_found(self, body: &models::GetFileFromS3Response404) -> Self {
        self.respond_json(404, body)
    }
    /// Answers `429` with `body` as JSON.
    pub fn respond_too_many_requests(self, body: &models::Error) -> Self {
        self.respond_json(429, body)
    }
    /// Answers `500` with `body` as JSON.
    pub fn respond_internal_server_error(
        self,
        body: &models::GetFileFromS3Response500,
    ) -> Self {
        self.respond_json(500, body)
    }
    /// Answers `503` with `body` as JSON.
    pub fn respond_service_unavailable(
        self,
        body: &models::GetFileFromS3Response503,
    ) -> Self {
        self.respond_json(503, body)
    }
}
/// The operation of [`get_form_definition_by_key()`], as `Mock<GetFormDefinitionByKey>`.
pub enum GetFormDefinitionByKey {}
/// Expects [`CustomFormsApi::get_form_definition_by_key`](crate::apis::custom_forms::CustomFormsApi::get_form_definition_by_key): `GET /form-definitions/{formDefinitionID}`.
pub fn get_form_definition_by_key() -> super::Mock<GetFormDefinitionByKey> {
    super::Mock::new(runtime::Method::GET, "/form-definitions/{formDefinitionID}")
}
impl super::Mock<GetFormDefinitionByKey> {
    /// Requires path parameter `formDefinitionID` with `value`, encoded as the client does.
    pub fn form_definition_id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("formDefinitionID", &value, false)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::FormDefinitionResponse) -> Self {
        self.respond_json(200, body)
    }
    /// Answers `400` with `body` as JSON.
    pub fn respond_bad_request(
        self,
        body: &models::GetFormDefinitionByKeyResponse400,
    ) -> Self {
        self.respond_json(400, body)
    }
    /// Answers `401` with `body` as JSON.
    pub fn respond_unauthorized(
        self,
        body: &models::GetFormDefinitionByKeyResponse401,
    ) -> Self {
        self.respond_json(401, body)
    }
    /// Answers `403` with `body` as JSON.
    pub fn respond_forbidden(
        self,
        body: &models::GetFormDefinitionByKeyResponse403,
    ) -> Self {
        self.respond_json(403, body)
    }
    /// Answers `404` with `body` as JSON.
    pub fn respond_not_found(
        self,
        body: &models::GetFormDefinitionByKeyResponse404,
    ) -> Self {
        self.respond_json(404, body)
    }
    /// Answers `429` with `body` as JSON.
    pub fn respond_too_many_requests(self, body: &models::Error) -> Self {
        self.respond_json(429, body)
    }
    /// Answers `500` with `body` as JSON.
    pub fn respond_internal_server_error(
        self,
        body: &models::GetFormDefinitionByKeyResponse500,
    ) -> Self {
        self.respond_json(500, body)
    }
}
/// The operation of [`get_form_instance_by_key()`], as `Mock<GetFormInstanceByKey>`.
pub enum GetFormInstanceByKey {}
/// Expects [`CustomFormsApi::get_form_instance_by_key`](crate::apis::custom_forms::CustomFormsApi::get_form_instance_by_key): `GET /form-instances/{formInstanceID}`.
pub fn get_form_instance_by_key() -> super::Mock<GetFormInstanceByKey> {
    super::Mock::new(runtime::Method::GET, "/form-instances/{formInstanceID}")
}
impl super::Mock<GetFormInstanceByKey> {
    /// Requires path parameter `formInstanceID` with `value`, encoded as the client does.
    pub fn form_instance_id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("formInstanceID", &value, false)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::FormInstanceResponse) -> Self {
        self.respond_json(200, body)
    }
    /// Answers `400` with `body` as JSON.
    pub fn respond_bad_request(
        self,
        body: &models::GetFormInstanceByKeyResponse400,
    ) -> Self {
        self.respond_json(400, body)
    }
    /// Answers `401` with `body` as JSON.
    pub fn respond_unauthorized(
        self,
        body: &models::GetFormInstanceByKeyResponse401,
    ) -> Self {
        self.respond_json(401, body)
    }
    /// Answers `403` with `body` as JSON.
    pub fn respond_forbidden(
        self,
        body: &models::GetFormInstanceByKeyResponse403,
    ) -> Self {
        self.respond_json(403, body)
    }
    /// Answers `404` with `body` as JSON.
    pub fn respond_not_found(
        self,
        body: &models::GetFormInstanceByKeyResponse404,
    ) -> Self {
        self.respond_json(404, body)
    }
    /// Answers `429` with `body` as JSON.
    pub fn respond_too_many_requests(self, body: &models::Error) -> Self {
        self.respond_json(429, body)
    }
    /// Answers `500` with `body` as JSON.
    pub fn respond_internal_server_error(
        self,
        body: &models::GetFormInstanceByKeyResponse500,
    ) -> Self {
        self.respond_json(500, body)
    }
}
/// The operation of [`get_form_instance_file()`], as `Mock<GetFormInstanceFile>`.
pub enum GetFormInstanceFile {}
/// Expects [`CustomFormsApi::get_form_instance_file`](crate::apis::custom_forms::CustomFormsApi::get_form_instance_file): `GET /form-instances/{formInstanceID}/file/{fileID}`.
pub fn get_form_instance_file() -> super::Mock<GetFormInstanceFile> {
    super::Mock::new(
        runtime::Method::GET,
        "/form-instances/{formInstanceID}/file/{fileID}",
    )
}
impl super::Mock<GetFormInstanceFile> {
    /// Requires path parameter `formInstanceID` with `value`, encoded as the client does.
    pub fn form_instance_id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("formInstanceID", &value, false)
    }
    /// Requires path parameter `fileID` with `value`, encoded as the client does.
    pub fn file_id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("fileID", &value, false)
    }
    /// Answers `200` with `body`.
    pub fn respond_ok(self, body: &[u8]) -> Self {
        self.respond_bytes(200, "application/json", body)
    }
    /// Answers `400` with `body` as JSON.
    pub fn respond_bad_request(
        self,
        body: &models::GetFormInstanceFileResponse400,
    ) -> Self {
        self.respond_json(400, body)
    }
    /// Answers `401` with `body` as JSON.
    pub fn respond_unauthorized(
        self,
        body: &models::GetFormInstanceFileResponse401,
    ) -> Self {
        self.respond_json(401, body)
    }
    /// Answers `403` with `body` as JSON.
    pub fn respond_forbidden(
        self,
        body: &models::GetFormInstanceFileResponse403,
    ) -> Self {
        self.respond_json(403, body)
    }
    /// Answers `404` with `body` as JSON.
    pub fn respond_not_found(
        self,
        body: &models::GetFormInstanceFileResponse404,
    ) -> Self {
        self.respond_json(404, body)
    }
    /// Answers `429` with `body` as JSON.
    pub fn respond_too_many_requests(self, body: &models::Error) -> Self {
        self.respond_json(429, body)
    }
    /// Answers `500` with `body` as JSON.
    pub fn respond_internal_server_error(
        self,
        body: &models::GetFormInstanceFileResponse500,
    ) -> Self {
        self.respond_json(500, body)
    }
    /// Answers `503` with `body` as JSON.
    pub fn respond_service_unavailable(
        self,
        body: &models::GetFormInstanceFileResponse503,
    ) -> Self {
        self.respond_json(503, body)
    }
}
/// The operation of [`import_form_definitions()`], as `Mock<ImportFormDefinitions>`.
pub enum ImportFormDefinitions {}
/// Expects [`CustomFormsApi::import_form_definitions`](crate::apis::custom_forms::CustomFormsApi::import_form_definitions): `POST /form-definitions/import`.
pub fn import_form_definitions() -> super::Mock<ImportFormDefinitions> {
    super::Mock::new(runtime::Method::POST, "/form-definitions/import")
}
impl super::Mock<ImportFormDefinitions> {
    /// Requires a JSON body equal to `value`.
    pub fn body(self, value: &Vec<models::ImportFormDefinitionsRequestItem>) -> Self {
        self.json_body(value)
    }
    /// Answers `202` with `body` as JSON.
    pub fn respond_accepted(self, body: &models::ImportFormDefinitionsResponse) -> Self {
        self.respond_json(202, body)
    }
    /// Answers `400` with `body` as JSON.
    pub fn respond_bad_request(
        self,
        body: &models::ImportFormDefinitionsResponse400,
    ) -> Self {
        self.respond_json(400, body)
    }
    /// Answers `401` with `body` as JSON.
    pub fn respond_unauthorized(
        self,
        body: &models::ImportFormDefinitionsResponse401,
    ) -> Self {
        self.respond_json(401, body)
    }
    /// Answers `403` with `body` as JSON.
    pub fn respond_forbidden(
        self,
        body: &models::ImportFormDefinitionsResponse403,
    ) -> Self {
        self.respond_json(403, body)
    }
    /// Answers `429` with `body` as JSON.
    pub fn respond_too_many_requests(self, body: &models::Error) -> Self {
        self.respond_json(429, body)
    }
    /// Answers `500` with `body` as JSON.
    pub fn respond_internal_server_error(
        self,
        body: &models::ImportFormDefinitionsResponse500,
    ) -> Self {
        self.respond_json(500, body)
    }
}
/// The operation of [`patch_form_definition()`], as `Mock<PatchFormDefinition>`.
pub enum PatchFormDefinition {}
/// Expects [`CustomFormsApi::patch_form_definition`](crate::apis::custom_forms::CustomFormsApi::patch_form_definition): `PATCH /form-definitions/{formDefinitionID}`.
pub fn patch_form_definition() -> super::Mock<PatchFormDefinition> {
    super::Mock::new(runtime::Method::PATCH, "/form-definitions/{formDefinitionID}")
}
impl super::Mock<PatchFormDefinition> {
    /// Requires path parameter `formDefinitionID` with `value`, encoded as the client does.
    pub fn form_definition_id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("formDefinitionID", &value, false)
    }
    /// Requires a JSON body equal to `value`.
    pub fn body(
        self,
        value: &Vec<
            models::indexmap::IndexMap<
                String,
                models::PatchFormDefinitionRequestItemValue,
            >,
        >,
    ) -> Self {
        self.json_body(value)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::FormDefinitionResponse) -> Self {
        self.respond_json(200, body)
    }
    /// Answers `400` with `body` as JSON.
    pub fn respond_bad_request(
        self,
        body: &models::PatchFormDefinitionResponse400,
    ) -> Self {
        self.respond_json(400, body)
    }
    /// Answers `401` with `body` as JSON.
    pub fn respond_unauthorized(
        self,
        body: &models::PatchFormDefinitionResponse401,
    ) -> Self {
        self.respond_json(401, body)
    }
    /// Answers `403` with `body` as JSON.
    pub fn respond_forbidden(
        self,
        body: &models::PatchFormDefinitionResponse403,
    ) -> Self {
        self.respond_json(403, body)
    }
    /// Answers `404` with `body` as JSON.
    pub fn respond_not_found(
        self,
        body: &models::PatchFormDefinitionResponse404,
    ) -> Self {
        self.respond_json(404, body)
    }
    /// Answers `429` with `body` as JSON.
    pub fn respond_too_many_requests(self, body: &models::Error) -> Self {
        self.respond_json(429, body)
    }
    /// Answers `500` with `body` as JSON.
    pub fn respond_internal_server_error(
        self,
        body: &models::PatchFormDefinitionResponse500,
    ) -> Self {
        self.respond_json(500, body)
    }
}
/// The operation of [`patch_form_instance()`], as `Mock<PatchFormInstance>`.
pub enum PatchFormInstance {}
/// Expects [`CustomFormsApi::patch_form_instance`](crate::apis::custom_forms::CustomFormsApi::patch_form_instance): `PATCH /form-instances/{formInstanceID}`.
pub fn patch_form_instance() -> super::Mock<PatchFormInstance> {
    super::Mock::new(runtime::Method::PATCH, "/form-instances/{formInstanceID}")
}
impl super::Mock<PatchFormInstance> {
    /// Requires path parameter `formInstanceID` with `value`, encoded as the client does.
    pub fn form_instance_id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("formInstanceID", &value, false)
    }
    /// Requires a JSON body equal to `value`.
    pub fn body(
        self,
        value: &Vec<
            models::indexmap::IndexMap<
                String,
                models::PatchFormDefinitionRequestItemValue,
            >,
        >,
    ) -> Self {
        self.json_body(value)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::FormInstanceResponse) -> Self {
        self.respond_json(200, body)
    }
    /// Answers `400` with `body` as JSON.
    pub fn respond_bad_request(
        self,
        body: &models::PatchFormInstanceResponse400,
    ) -> Self {
        self.respond_json(400, body)
    }
    /// Answers `401` with `body` as JSON.
    pub fn respond_unauthorized(
        self,
        body: &models::PatchFormInstanceResponse401,
    ) -> Self {
        self.respond_json(401, body)
    }
    /// Answers `403` with `body` as JSON.
    pub fn respond_forbidden(self, body: &models::PatchFormInstanceResponse403) -> Self {
        self.respond_json(403, body)
    }
    /// Answers `404` with `body` as JSON.
    pub fn respond_not_found(self, body: &models::PatchFormInstanceResponse404) -> Self {
        self.respond_json(404, body)
    }
    /// Answers `409` with `body` as JSON.
    pub fn respond_conflict(self, body: &models::PatchFormInstanceResponse409) -> Self {
        self.respond_json(409, body)
    }
    /// Answers `429` with `body` as JSON.
    pub fn respond_too_many_requests(self, body: &models::Error) -> Self {
        self.respond_json(429, body)
    }
    /// Answers `500` with `body` as JSON.
    pub fn respond_internal_server_error(
        self,
        body: &models::PatchFormInstanceResponse500,
    ) -> Self {
        self.respond_json(500, body)
    }
}
/// The operation of [`search_form_definitions_by_tenant()`], as `Mock<SearchFormDefinitionsByTenant>`.
pub enum SearchFormDefinitionsByTenant {}
/// Expects [`CustomFormsApi::search_form_definitions_by_tenant`](crate::apis::custom_forms::CustomFormsApi::search_form_definitions_by_tenant): `GET /form-definitions`.
pub fn search_form_definitions_by_tenant() -> super::Mock<
    SearchFormDefinitionsByTenant,
> {
    super::Mock::new(runtime::Method::GET, "/form-definitions")
}
impl super::Mock<SearchFormDefinitionsByTenant> {
    /// Requires query parameter `offset` with `value`, encoded as the client does.
    pub fn offset(self, value: i64) -> Self {
        self.query_param("offset", &value, "form", true)
    }
    /// Requires query parameter `limit` with `value`, encoded as the client does.
    pub fn limit(self, value: i64) -> Self {
        self.query_param("limit", &value, "form", true)
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
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::ListFormDefinitionsByTenantResponse) -> Self {
        self.respond_json(200, body)
    }
    /// Answers `400` with `body` as JSON.
    pub fn respond_bad_request(
        self,
        body: &models::SearchFormDefinitionsByTenantResponse400,
    ) -> Self {
        self.respond_json(400, body)
    }
    /// Answers `401` with `body` as JSON.
    pub fn respond_unauthorized(
        self,
        body: &models::SearchFormDefinitionsByTenantResponse401,
    ) -> Self {
        self.respond_json(401, body)
    }
    /// Answers `403` with `body` as JSON.
    pub fn respond_forbidden(
        self,
        body: &models::SearchFormDefinitionsByTenantResponse403,
    ) -> Self {
        self.respond_json(403, body)
    }
    /// Answers `429` with `body` as JSON.
    pub fn respond_too_many_requests(self, body: &models::Error) -> Self {
        self.respond_json(429, body)
    }
    /// Answers `500` with `body` as JSON.
    pub fn respond_internal_server_error(
        self,
        body: &models::SearchFormDefinitionsByTenantResponse500,
    ) -> Self {
        self.respond_json(500, body)
    }
}
/// The operation of [`search_form_element_data_by_element_id()`], as `Mock<SearchFormElementDataByElementId>`.
pub enum SearchFormElementDataByElementId {}
/// Expects [`CustomFormsApi::search_form_element_data_by_element_id`](crate::apis::custom_forms::CustomFormsApi::search_form_element_data_by_element_id): `GET /form-instances/{formInstanceID}/data-source/{formElementID}`.
pub fn search_form_element_data_by_element_id() -> super::Mock<
    SearchFormElementDataByElementId,
> {
    super::Mock::new(
        runtime::Method::GET,
        "/form-instances/{formInstanceID}/data-source/{formElementID}",
    )
}
impl super::Mock<SearchFormElementDataByElementId> {
    /// Requires path parameter `formInstanceID` with `value`, encoded as the client does.
    pub fn form_instance_id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("formInstanceID", &value, false)
    }
    /// Requires path parameter `formElementID` with `value`, encoded as the client does.
    pub fn form_element_id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("formElementID", &value, false)
    }
    /// Requires query parameter `limit` with `value`, encoded as the client does.
    pub fn limit(self, value: i64) -> Self {
        self.query_param("limit", &value, "form", true)
    }
    /// Requires query parameter `filters` with `value`, encoded as the client does.
    pub fn filters(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.query_param("filters", &value, "form", true)
    }
    /// Requires query parameter `query` with `value`, encoded as the client does.
    pub fn query(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.query_param("query", &value, "form", true)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(
        self,
        body: &models::ListFormElementDataByElementIdResponse,
    ) -> Self {
        self.respond_json(200, body)
    }
    /// Answers `400` with `body` as JSON.
    pub fn respond_bad_request(
        self,
        body: &models::SearchFormElementDataByElementIdResponse400,
    ) -> Self {
        self.respond_json(400, body)
    }
    /// Answers `401` with `body` as JSON.
    pub fn respond_unauthorized(
        self,
        body: &models::SearchFormElementDataByElementIdResponse401,
    ) -> Self {
        self.respond_json(401, body)
    }
    /// Answers `403` with `body` as JSON.
    pub fn respond_forbidden(
        self,
        body: &models::SearchFormElementDataByElementIdResponse403,
    ) -> Self {
        self.respond_json(403, body)
    }
    /// Answers `404` with `body` as JSON.
    pub fn respond_not_found(
        self,
        body: &models::SearchFormElementDataByElementIdResponse404,
    ) -> Self {
        self.respond_json(404, body)
    }
    /// Answers `429` with `body` as JSON.
    pub fn respond_too_many_requests(self, body: &models::Error) -> Self {
        self.respond_json(429, body)
    }
    /// Answers `500` with `body` as JSON.
    pub fn respond_internal_server_error(
        self,
        body: &models::SearchFormElementDataByElementIdResponse500,
    ) -> Self {
        self.respond_json(500, body)
    }
}
/// The operation of [`search_form_instances_by_tenant()`], as `Mock<SearchFormInstancesByTenant>`.
pub enum SearchFormInstancesByTenant {}
/// Expects [`CustomFormsApi::search_form_instances_by_tenant`](crate::apis::custom_forms::CustomFormsApi::search_form_instances_by_tenant): `GET /form-instances`.
pub fn search_form_instances_by_tenant() -> super::Mock<SearchFormInstancesByTenant> {
    super::Mock::new(runtime::Method::GET, "/form-instances")
}
impl super::Mock<SearchFormInstancesByTenant> {
    /// Requires query parameter `offset` with `value`, encoded as the client does.
    pub fn offset(self, value: i64) -> Self {
        self.query_param("offset", &value, "form", true)
    }
    /// Requires query parameter `limit` with `value`, encoded as the client does.
    pub fn limit(self, value: i64) -> Self {
        self.query_param("limit", &value, "form", true)
    }
    /// Requires query parameter `filters` with `value`, encoded as the client does.
    pub fn filters(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.query_param("filters", &value, "form", true)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(
        self,
        body: &Vec<models::ListFormInstancesByTenantResponse>,
    ) -> Self {
        self.respond_json(200, body)
    }
    /// Answers `400` with `body` as JSON.
    pub fn respond_bad_request(
        self,
        body: &models::SearchFormInstancesByTenantResponse400,
    ) -> Self {
        self.respond_json(400, body)
    }
    /// Answers `401` with `body` as JSON.
    pub fn respond_unauthorized(
        self,
        body: &models::SearchFormInstancesByTenantResponse401,
    ) -> Self {
        self.respond_json(401, body)
    }
    /// Answers `403` with `body` as JSON.
    pub fn respond_forbidden(
        self,
        body: &models::SearchFormInstancesByTenantResponse403,
    ) -> Self {
        self.respond_json(403, body)
    }
    /// Answers `429` with `body` as JSON.
    pub fn respond_too_many_requests(self, body: &models::Error) -> Self {
        self.respond_json(429, body)
    }
    /// Answers `500` with `body` as JSON.
    pub fn respond_internal_server_error(
        self,
        body: &models::SearchFormInstancesByTenantResponse500,
    ) -> Self {
        self.respond_json(500, body)
    }
}
/// The operation of [`search_pre_defined_select_options()`], as `Mock<SearchPreDefinedSelectOptions>`.
pub enum SearchPreDefinedSelectOptions {}
/// Expects [`CustomFormsApi::search_pre_defined_select_options`](crate::apis::custom_forms::CustomFormsApi::search_pre_defined_select_options): `GET /form-definitions/predefined-select-options`.
pub fn search_pre_defined_select_options() -> super::Mock<
    SearchPreDefinedSelectOptions,
> {
    super::Mock::new(runtime::Method::GET, "/form-definitions/predefined-select-options")
}
impl super::Mock<SearchPreDefinedSelectOptions> {
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::ListPredefinedSelectOptionsResponse) -> Self {
        self.respond_json(200, body)
    }
    /// Answers `400` with `body` as JSON.
    pub fn respond_bad_request(
        self,
        body: &models::SearchPreDefinedSelectOptionsResponse400,
    ) -> Self {
        self.respond_json(400, body)
    }
    /// Answers `401` with `body` as JSON.
    pub fn respond_unauthorized(
        self,
        body: &models::SearchPreDefinedSelectOptionsResponse401,
    ) -> Self {
        self.respond_json(401, body)
    }
    /// Answers `403` with `body` as JSON.
    pub fn respond_forbidden(
        self,
        body: &models::SearchPreDefinedSelectOptionsResponse403,
    ) -> Self {
        self.respond_json(403, body)
    }
    /// Answers `429` with `body` as JSON.
    pub fn respond_too_many_requests(self, body: &models::Error) -> Self {
        self.respond_json(429, body)
    }
    /// Answers `500` with `body` as JSON.
    pub fn respond_internal_server_error(
        self,
        body: &models::SearchPreDefinedSelectOptionsResponse500,
    ) -> Self {
        self.respond_json(500, body)
    }
}
/// The operation of [`show_preview_data_source()`], as `Mock<ShowPreviewDataSource>`.
pub enum ShowPreviewDataSource {}
/// Expects [`CustomFormsApi::show_preview_data_source`](crate::apis::custom_forms::CustomFormsApi::show_preview_data_source): `POST /form-definitions/{formDefinitionID}/data-source`.
pub fn show_preview_data_source() -> super::Mock<ShowPreviewDataSource> {
    super::Mock::new(
        runtime::Method::POST,
        "/form-definitions/{formDefinitionID}/data-source",
    )
}
impl super::Mock<ShowPreviewDataSource> {
    /// Requires path parameter `formDefinitionID` with `value`, encoded as the client does.
    pub fn form_definition_id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("formDefinitionID", &value, false)
    }
    /// Requires query parameter `limit` with `value`, encoded as the client does.
    pub fn limit(self, value: i64) -> Self {
        self.query_param("limit", &value, "form", true)
    }
    /// Requires query parameter `filters` with `value`, encoded as the client does.
    pub fn filters(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.query_param("filters", &value, "form", true)
    }
    /// Requires query parameter `query` with `value`, encoded as the client does.
    pub fn query(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.query_param("query", &value, "form", true)
    }
    /// Requires a JSON body equal to `value`.
    pub fn body(self, value: &models::FormElementPreviewRequest) -> Self {
        self.json_body(value)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::PreviewDataSourceResponse) -> Self {
        self.respond_json(200, body)
    }
    /// Answers `400` with `body` as JSON.
    pub fn respond_bad_request(
        self,
        body: &models::ShowPreviewDataSourceResponse400,
    ) -> Self {
        self.respond_json(400, body)
    }
    /// Answers `401` with `body` as JSON.
    pub fn respond_unauthorized(
        self,
        body: &models::ShowPreviewDataSourceResponse401,
    ) -> Self {
        self.respond_json(401, body)
    }
    /// Answers `403` with `body` as JSON.
    pub fn respond_forbidden(
        self,
        body: &models::ShowPreviewDataSourceResponse403,
    ) -> Self {
        self.respond_json(403, body)
    }
    /// Answers `404` with `body` as JSON.
    pub fn respond_not_found(
        self,
        body: &models::ShowPreviewDataSourceResponse404,
    ) -> Self {
        self.respond_json(404, body)
    }
    /// Answers `429` with `body` as JSON.
    pub fn respond_too_many_requests(self, body: &models::Error) -> Self {
        self.respond_json(429, body)
    }
    /// Answers `500` with `body` as JSON.
    pub fn respond_internal_server_error(
        self,
        body: &models::ShowPreviewDataSourceResponse500,
    ) -> Self {
        self.respond_json(500, body)
    }
}
