//! Typed expectations of the operations tagged `SP-Config`: `server.expect(mock::sp_config::<operation>()...)`.
#[allow(unused_imports)]
use crate::{models, runtime};
/// The operation of [`export_sp_config()`], as `Mock<ExportSpConfig>`.
pub enum ExportSpConfig {}
/// Expects [`SpConfigApi::export_sp_config`](crate::apis::sp_config::SpConfigApi::export_sp_config): `POST /sp-config/export`.
pub fn export_sp_config() -> super::Mock<ExportSpConfig> {
    super::Mock::new(runtime::Method::POST, "/sp-config/export")
}
impl super::Mock<ExportSpConfig> {
    /// Requires a JSON body equal to `value`.
    pub fn body(self, value: &models::ExportPayload) -> Self {
        self.json_body(value)
    }
    /// Answers `202` with `body` as JSON.
    pub fn respond_accepted(self, body: &models::SpConfigExportJob) -> Self {
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
/// The operation of [`get_sp_config_export()`], as `Mock<GetSpConfigExport>`.
pub enum GetSpConfigExport {}
/// Expects [`SpConfigApi::get_sp_config_export`](crate::apis::sp_config::SpConfigApi::get_sp_config_export): `GET /sp-config/export/{id}/download`.
pub fn get_sp_config_export() -> super::Mock<GetSpConfigExport> {
    super::Mock::new(runtime::Method::GET, "/sp-config/export/{id}/download")
}
impl super::Mock<GetSpConfigExport> {
    /// Requires path parameter `id` with `value`, encoded as the client does.
    pub fn id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("id", &value, false)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::ConfigExportResponseBody) -> Self {
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
/// The operation of [`get_sp_config_export_status()`], as `Mock<GetSpConfigExportStatus>`.
pub enum GetSpConfigExportStatus {}
/// Expects [`SpConfigApi::get_sp_config_export_status`](crate::apis::sp_config::SpConfigApi::get_sp_config_export_status): `GET /sp-config/export/{id}`.
pub fn get_sp_config_export_status() -> super::Mock<GetSpConfigExportStatus> {
    super::Mock::new(runtime::Method::GET, "/sp-config/export/{id}")
}
impl super::Mock<GetSpConfigExportStatus> {
    /// Requires path parameter `id` with `value`, encoded as the client does.
    pub fn id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("id", &value, false)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::SpConfigExportJobStatus) -> Self {
        self.respond_json(200, body)
    }
    /// Answers `200` with the spec's example.
    pub fn respond_ok_example(self) -> Self {
        self.respond_json_text(
            200,
            "{\"jobId\":\"1e824aa0-4c6e-4f14-95e9-e7dc5234aa51\",\"status\":\"COMPLETE\",\"type\":\"EXPORT\",\"message\":null,\"description\":\"Export Job 1 Test\",\"expiration\":\"2021-05-20T15:04:24Z\",\"created\":\"2021-05-13T15:04:24.112Z\",\"modified\":\"2021-05-13T15:04:27.363Z\",\"completed\":\"2021-05-13T15:04:27.358Z\"}",
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
/// The operation of [`get_sp_config_import()`], as `Mock<GetSpConfigImport>`.
pub enum GetSpConfigImport {}
/// Expects [`SpConfigApi::get_sp_config_import`](crate::apis::sp_config::SpConfigApi::get_sp_config_import): `GET /sp-config/import/{id}/download`.
pub fn get_sp_config_import() -> super::Mock<GetSpConfigImport> {
    super::Mock::new(runtime::Method::GET, "/sp-config/import/{id}/download")
}
impl super::Mock<GetSpConfigImport> {
    /// Requires path parameter `id` with `value`, encoded as the client does.
    pub fn id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("id", &value, false)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::ConfigImportResponseBody) -> Self {
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
/// The operation of [`get_sp_config_import_status()`], as `Mock<GetSpConfigImportStatus>`.
pub enum GetSpConfigImportStatus {}
/// Expects [`SpConfigApi::get_sp_config_import_status`](crate::apis::sp_config::SpConfigApi::get_sp_config_import_status): `GET /sp-config/import/{id}`.
pub fn get_sp_config_import_status() -> super::Mock<GetSpConfigImportStatus> {
    super::Mock::new(runtime::Method::GET, "/sp-config/import/{id}")
}
impl super::Mock<GetSpConfigImportStatus> {
    /// Requires path parameter `id` with `value`, encoded as the client does.
    pub fn id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("id", &value, false)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::SpConfigImportJobStatus) -> Self {
        self.respond_json(200, body)
    }
    /// Answers `200` with the spec's example.
    pub fn respond_ok_example(self) -> Self {
        self.respond_json_text(
            200,
            "{\"jobId\":\"4fb10503-1c49-4603-8f8d-886e1f6aa47b\",\"status\":\"COMPLETE\",\"type\":\"IMPORT\",\"message\":\"Download import results for details.\",\"description\":null,\"expiration\":\"2021-05-20T16:42:39Z\",\"created\":\"2021-05-13T16:42:39.333Z\",\"modified\":\"2021-05-13T16:42:40.71Z\",\"completed\":\"2021-05-13T16:42:40.705Z\"}",
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
/// The operation of [`import_sp_config()`], as `Mock<ImportSpConfig>`.
pub enum ImportSpConfig {}
/// Expects [`SpConfigApi::import_sp_config`](crate::apis::sp_config::SpConfigApi::import_sp_config): `POST /sp-config/import`.
pub fn import_sp_config() -> super::Mock<ImportSpConfig> {
    super::Mock::new(runtime::Method::POST, "/sp-config/import")
}
impl super::Mock<ImportSpConfig> {
    /// Requires query parameter `preview` with `value`, encoded as the client does.
    pub fn preview(self, value: bool) -> Self {
        self.query_param("preview", &value, "form", true)
    }
    /// Answers `202` with `body` as JSON.
    pub fn respond_accepted(self, body: &models::SpConfigJob) -> Self {
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
/// The operation of [`list_sp_config_objects()`], as `Mock<ListSpConfigObjects>`.
pub enum ListSpConfigObjects {}
/// Expects [`SpConfigApi::list_sp_config_objects`](crate::apis::sp_config::SpConfigApi::list_sp_config_objects): `GET /sp-config/config-objects`.
pub fn list_sp_config_objects() -> super::Mock<ListSpConfigObjects> {
    super::Mock::new(runtime::Method::GET, "/sp-config/config-objects")
}
impl super::Mock<ListSpConfigObjects> {
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &Vec<models::ObjectConfigurationModel>) -> Self {
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
