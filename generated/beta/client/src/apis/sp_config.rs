//! Operations tagged `SP-Config`.
//!
//! Import and export configuration for some objects between tenants.
#[allow(unused_imports)]
use crate::{models, runtime};
/// Operations tagged `SP-Config`; get it with the client's accessor.
#[derive(Debug, Clone)]
pub struct SpConfigApi {
    client: crate::Client,
}
impl SpConfigApi {
    pub(crate) fn new(client: crate::Client) -> Self {
        SpConfigApi { client }
    }
    /// Initiates configuration objects export job
    ///
    /// This post will export objects from the tenant to a JSON configuration file.
    /// For more information about the object types that currently support export functionality, refer to [SaaS Configuration](https://developer.sailpoint.com/docs/extensibility/configuration-management/saas-configuration#supported-objects).
    ///
    /// `POST /sp-config/export` (operation `exportSpConfig`).
    ///
    /// Arguments:
    ///
    /// - `body`: Export options control what will be included in the export.
    pub fn export_sp_config(&self, body: models::ExportPayload) -> ExportSpConfig {
        ExportSpConfig {
            client: self.client.clone(),
            body,
        }
    }
    /// Download export job result.
    ///
    /// This endpoint gets the export file resulting from the export job with the requested `id` and downloads it to a file.
    /// The request will need one of the following security scopes:
    /// - sp:config:read - sp:config:manage
    ///
    /// `GET /sp-config/export/{id}/download` (operation `getSpConfigExport`).
    ///
    /// Arguments:
    ///
    /// - `id`: The ID of the export job whose results will be downloaded. Example: `"ef38f94347e94562b5bb8424a56397d8"`.
    pub fn get_sp_config_export(&self, id: impl Into<String>) -> GetSpConfigExport {
        GetSpConfigExport {
            client: self.client.clone(),
            id: id.into(),
        }
    }
    /// Get export job status
    ///
    /// This gets the status of the export job identified by the `id` parameter.
    /// The request will need one of the following security scopes:
    /// - sp:config:read - sp:config:manage
    ///
    /// `GET /sp-config/export/{id}` (operation `getSpConfigExportStatus`).
    ///
    /// Arguments:
    ///
    /// - `id`: The ID of the export job whose status will be returned. Example: `"ef38f94347e94562b5bb8424a56397d8"`.
    pub fn get_sp_config_export_status(
        &self,
        id: impl Into<String>,
    ) -> GetSpConfigExportStatus {
        GetSpConfigExportStatus {
            client: self.client.clone(),
            id: id.into(),
        }
    }
    /// Download import job result
    ///
    /// This gets import file resulting from the import job with the requested id and downloads it to a file. The downloaded file will contain the results of the import operation, including any error, warning or informational messages associated with the import.
    /// The request will need the following security scope:
    /// - sp:config:manage
    ///
    /// `GET /sp-config/import/{id}/download` (operation `getSpConfigImport`).
    ///
    /// Arguments:
    ///
    /// - `id`: The ID of the import job whose results will be downloaded. Example: `"ef38f94347e94562b5bb8424a56397d8"`.
    pub fn get_sp_config_import(&self, id: impl Into<String>) -> GetSpConfigImport {
        GetSpConfigImport {
            client: self.client.clone(),
            id: id.into(),
        }
    }
    /// Get import job status
    ///
    /// This gets the status of the import job identified by the `id` parameter.
    /// For more information about the object types that currently support import functionality, refer to [SaaS Configuration](https://developer.sailpoint.com/docs/extensibility/configuration-management/saas-configuration#supported-objects).
    ///
    /// `GET /sp-config/import/{id}` (operation `getSpConfigImportStatus`).
    ///
    /// Arguments:
    ///
    /// - `id`: The ID of the import job whose status will be returned. Example: `"ef38f94347e94562b5bb8424a56397d8"`.
    pub fn get_sp_config_import_status(
        &self,
        id: impl Into<String>,
    ) -> GetSpConfigImportStatus {
        GetSpConfigImportStatus {
            client: self.client.clone(),
            id: id.into(),
        }
    }
    /// Initiates configuration objects import job
    ///
    /// This post will import objects from a JSON configuration file into a tenant.
    /// By default, every import will first export all existing objects supported by sp-config as a backup before the import is attempted.
    /// The backup is provided so that the state of the configuration prior to the import is available for inspection or restore if needed.
    /// The backup can be skipped by setting "excludeBackup" to true in the import options.
    /// If a backup is performed, the id of the backup will be provided in the ImportResult as the "exportJobId". This can be downloaded
    /// using the `/sp-config/export/{exportJobId}/download` endpoint.
    ///
    /// You cannot currently import from the Non-Employee Lifecycle Management (NELM) source. You cannot use this endpoint to back up or store NELM data.
    ///
    /// For more information about the object types that currently support import functionality, refer to [SaaS Configuration](https://developer.sailpoint.com/docs/extensibility/configuration-management/saas-configuration#supported-objects).
    ///
    /// `POST /sp-config/import` (operation `importSpConfig`).
    ///
    /// Arguments:
    ///
    /// - `body`: The form-data "name" attribute for the file content must be "data". __Example__ data: "config_export_0340b957-5caa-44f6-ada2-d3c4c5bd0b19.json", options: { "excludeTypes": \[\], "includeTypes": \["TRIGGER_SUBSCRIPTION"\], "objectOptions": { "TRIGGER_SUBSCRIPTION": { "includedIds": \[ "193446a1-c431-4326-8ba7-d6eebf922948"\], "includedNames":\[\] } }, "defaultReferences": \[ { "type": "TRIGGER_SUBSCRIPTION", "id": "be9e116d-08e1-49fc-ab7f-fa585e96c9e4", "name": "Test Trigger" } \], "excludeBackup": false } __Sample Import File__ { "version": 1, "timestamp": "2021-05-10T15:19:23.425041-05:00", "tenant": "sampleTenant", "options": { "excludeTypes": \[\], "includeTypes": \["TRIGGER_SUBSCRIPTION"\], "objectOptions": null }, "objects": \[{ "version": 1, "self": { "type": "TRIGGER_SUBSCRIPTION", "name": "test trigger", "id": "193446a1-c431-4326-8ba7-d6eebf922948" }, "object": { "type": "HTTP", "enabled": true, "httpConfig": { "url": "<https://localhost>", "httpAuthenticationType": "NO_AUTH", "basicAuthConfig": null, "bearerTokenAuthConfig": null, "httpDispatchMode": "SYNC" }, "triggerName": "Access Request Submitted", "responseDeadline": "PT1H", "name": "test trigger", "triggerId": "idn:access-request-pre-approval" } } \] }
    pub fn import_sp_config(
        &self,
        body: models::ImportSpConfigRequest,
    ) -> ImportSpConfig {
        ImportSpConfig {
            client: self.client.clone(),
            preview: None,
            body,
        }
    }
    /// List config objects
    ///
    /// Get a list of object configurations that the tenant export/import service knows.
    ///
    /// `GET /sp-config/config-objects` (operation `listSpConfigObjects`).
    pub fn list_sp_config_objects(&self) -> ListSpConfigObjects {
        ListSpConfigObjects {
            client: self.client.clone(),
        }
    }
}
/// Request builder of [`SpConfigApi::export_sp_config`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ExportSpConfig {
    client: crate::Client,
    body: models::ExportPayload,
}
impl ExportSpConfig {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = "/sp-config/export".to_string();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(
                runtime::Method::POST,
                crate::BASE_PATH,
                path,
            )
            .product(crate::PRODUCT);
        req = req.accept("application/json")?;
        {
            let body = &self.body;
            req = req.json(body)?;
        }
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<models::SpConfigExportJob>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(ExportSpConfig, models::SpConfigExportJob, ExportSpConfigError);
/// The errors of [`ExportSpConfig`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type ExportSpConfigError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`SpConfigApi::get_sp_config_export`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetSpConfigExport {
    client: crate::Client,
    id: String,
}
impl GetSpConfigExport {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/sp-config/export/",
            &runtime::encode::path_param(&self.id, false)?,
            "/download",
        ]
            .concat();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(runtime::Method::GET, crate::BASE_PATH, path)
            .product(crate::PRODUCT);
        req = req.accept("application/json")?;
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<models::ConfigExportResponseBody>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    GetSpConfigExport, models::ConfigExportResponseBody, GetSpConfigExportError
);
/// The errors of [`GetSpConfigExport`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type GetSpConfigExportError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`SpConfigApi::get_sp_config_export_status`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetSpConfigExportStatus {
    client: crate::Client,
    id: String,
}
impl GetSpConfigExportStatus {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = ["/sp-config/export/", &runtime::encode::path_param(&self.id, false)?]
            .concat();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(runtime::Method::GET, crate::BASE_PATH, path)
            .product(crate::PRODUCT);
        req = req.accept("application/json")?;
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<models::SpConfigExportJobStatus>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    GetSpConfigExportStatus, models::SpConfigExportJobStatus,
    GetSpConfigExportStatusError
);
/// The errors of [`GetSpConfigExportStatus`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type GetSpConfigExportStatusError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`SpConfigApi::get_sp_config_import`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetSpConfigImport {
    client: crate::Client,
    id: String,
}
impl GetSpConfigImport {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/sp-config/import/",
            &runtime::encode::path_param(&self.id, false)?,
            "/download",
        ]
            .concat();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(runtime::Method::GET, crate::BASE_PATH, path)
            .product(crate::PRODUCT);
        req = req.accept("application/json")?;
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<models::ConfigImportResponseBody>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    GetSpConfigImport, models::ConfigImportResponseBody, GetSpConfigImportError
);
/// The errors of [`GetSpConfigImport`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type GetSpConfigImportError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`SpConfigApi::get_sp_config_import_status`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetSpConfigImportStatus {
    client: crate::Client,
    id: String,
}
impl GetSpConfigImportStatus {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = ["/sp-config/import/", &runtime::encode::path_param(&self.id, false)?]
            .concat();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(runtime::Method::GET, crate::BASE_PATH, path)
            .product(crate::PRODUCT);
        req = req.accept("application/json")?;
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<models::SpConfigImportJobStatus>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    GetSpConfigImportStatus, models::SpConfigImportJobStatus,
    GetSpConfigImportStatusError
);
/// The errors of [`GetSpConfigImportStatus`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type GetSpConfigImportStatusError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`SpConfigApi::import_sp_config`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ImportSpConfig {
    client: crate::Client,
    preview: Option<bool>,
    body: models::ImportSpConfigRequest,
}
impl ImportSpConfig {
    /// This option is intended to give the user information about how an import operation would proceed, without
    /// having any effect on the target tenant.
    /// If this parameter is "true", no objects will be imported. Instead, the import process will pre-process the import file and
    /// attempt to resolve references within imported objects. The import result file will contain messages
    /// pertaining to how specific references were resolved, any errors associated with the preprocessing,
    /// and messages indicating which objects would be imported.
    ///
    /// Default: `false`.
    ///
    /// Example: `"true"`.
    pub fn preview(mut self, value: bool) -> Self {
        self.preview = Some(value);
        self
    }
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = "/sp-config/import".to_string();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(
                runtime::Method::POST,
                crate::BASE_PATH,
                path,
            )
            .product(crate::PRODUCT);
        if let Some(v) = &self.preview {
            req = req.query("preview", v, "form", true)?;
        }
        req = req.accept("application/json")?;
        {
            let body = &self.body;
            #[allow(unused_mut)]
            let mut form = runtime::Multipart::new().fields(body, &["data"])?;
            form = form.file("data", body.data.clone(), None, None);
            req = req.multipart(form);
        }
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<models::SpConfigJob>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(ImportSpConfig, models::SpConfigJob, ImportSpConfigError);
/// The errors of [`ImportSpConfig`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type ImportSpConfigError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`SpConfigApi::list_sp_config_objects`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ListSpConfigObjects {
    client: crate::Client,
}
impl ListSpConfigObjects {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = "/sp-config/config-objects".to_string();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(runtime::Method::GET, crate::BASE_PATH, path)
            .product(crate::PRODUCT);
        req = req.accept("application/json")?;
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<Vec<models::ObjectConfigurationModel>>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    ListSpConfigObjects, Vec < models::ObjectConfigurationModel >,
    ListSpConfigObjectsError
);
/// The errors of [`ListSpConfigObjects`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type ListSpConfigObjectsError = crate::errors::Error400_401_403_404_429_500;
