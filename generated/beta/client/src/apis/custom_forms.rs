//! Operations tagged `Custom Forms`.
//!
//! Use this API to build and manage custom forms.
//! With this functionality in place, administrators can create and view form definitions and form instances.
//!
//! Forms are composed of sections and fields. Sections split the form into logical groups of fields and fields are the data collection points within the form. Configure conditions to modify elements of the form as the responder provides input. Create form inputs to pass information from a calling feature, like a workflow, to your form.
//!
//! Forms can be used within workflows as an action or as a trigger. The Form Action allows you to assign a form as a step in a running workflow, suspending the workflow until the form is submitted or times out, and the workflow resumes. The Form Submitted Trigger initiates a workflow when a form is submitted. The trigger can be configured to initiate on submission of a full form, a form element with any value, or a form element with a particular value.
//!
//! Refer to [Forms](https://documentation.sailpoint.com/saas/help/forms/index.html) for more information about using forms in Identity Security Cloud.
#[allow(unused_imports)]
use crate::{models, runtime};
/// Operations tagged `Custom Forms`; get it with the client's accessor.
#[derive(Debug, Clone)]
pub struct CustomFormsApi {
    client: crate::Client,
}
impl CustomFormsApi {
    pub(crate) fn new(client: crate::Client) -> Self {
        CustomFormsApi { client }
    }
    /// Creates a form definition.
    ///
    /// `POST /form-definitions` (operation `createFormDefinition`).
    pub fn create_form_definition(&self) -> CreateFormDefinition {
        CreateFormDefinition {
            client: self.client.clone(),
            body: None,
        }
    }
    /// Create a form definition by template.
    ///
    /// `POST /form-definitions/template` (operation `createFormDefinitionByTemplate`).
    pub fn create_form_definition_by_template(&self) -> CreateFormDefinitionByTemplate {
        CreateFormDefinitionByTemplate {
            client: self.client.clone(),
            body: None,
        }
    }
    /// Generate json schema dynamically.
    ///
    /// `POST /form-definitions/forms-action-dynamic-schema` (operation `createFormDefinitionDynamicSchema`).
    pub fn create_form_definition_dynamic_schema(
        &self,
    ) -> CreateFormDefinitionDynamicSchema {
        CreateFormDefinitionDynamicSchema {
            client: self.client.clone(),
            body: None,
        }
    }
    /// Upload new form definition file.
    ///
    /// Parameter `{formDefinitionID}` should match a form definition ID.
    ///
    /// `POST /form-definitions/{formDefinitionID}/upload` (operation `createFormDefinitionFileRequest`).
    ///
    /// Arguments:
    ///
    /// - `form_definition_id`: FormDefinitionID String specifying FormDefinitionID Example: `"00000000-0000-0000-0000-000000000000"`.
    /// - `body`: The request body (`multipart/form-data`).
    pub fn create_form_definition_file_request(
        &self,
        form_definition_id: impl Into<String>,
        body: models::CreateFormDefinitionFileRequestRequest,
    ) -> CreateFormDefinitionFileRequest {
        CreateFormDefinitionFileRequest {
            client: self.client.clone(),
            form_definition_id: form_definition_id.into(),
            body,
        }
    }
    /// Creates a form instance.
    ///
    /// `POST /form-instances` (operation `createFormInstance`).
    pub fn create_form_instance(&self) -> CreateFormInstance {
        CreateFormInstance {
            client: self.client.clone(),
            body: None,
        }
    }
    /// Deletes a form definition.
    ///
    /// Parameter `{formDefinitionID}` should match a form definition ID.
    ///
    /// `DELETE /form-definitions/{formDefinitionID}` (operation `deleteFormDefinition`).
    ///
    /// Arguments:
    ///
    /// - `form_definition_id`: Form definition ID Example: `"00000000-0000-0000-0000-000000000000"`.
    pub fn delete_form_definition(
        &self,
        form_definition_id: impl Into<String>,
    ) -> DeleteFormDefinition {
        DeleteFormDefinition {
            client: self.client.clone(),
            form_definition_id: form_definition_id.into(),
        }
    }
    /// List form definitions by tenant.
    ///
    /// No parameters required.
    ///
    /// `GET /form-definitions/export` (operation `exportFormDefinitionsByTenant`).
    pub fn export_form_definitions_by_tenant(&self) -> ExportFormDefinitionsByTenant {
        ExportFormDefinitionsByTenant {
            client: self.client.clone(),
            offset: None,
            limit: None,
            filters: None,
            sorters: None,
        }
    }
    /// Download definition file by fileid.
    ///
    /// `GET /form-definitions/{formDefinitionID}/file/{fileID}` (operation `getFileFromS3`).
    ///
    /// Arguments:
    ///
    /// - `form_definition_id`: FormDefinitionID Form definition ID Example: `"00000000-0000-0000-0000-000000000000"`.
    /// - `file_id`: FileID String specifying the hashed name of the uploaded file we are retrieving. Example: `"00000031N0J7R2B57M8YG73J7M.png"`.
    pub fn get_file_from_s3(
        &self,
        form_definition_id: impl Into<String>,
        file_id: impl Into<String>,
    ) -> GetFileFromS3 {
        GetFileFromS3 {
            client: self.client.clone(),
            form_definition_id: form_definition_id.into(),
            file_id: file_id.into(),
        }
    }
    /// Return a form definition.
    ///
    /// Parameter `{formDefinitionID}` should match a form definition ID.
    ///
    /// `GET /form-definitions/{formDefinitionID}` (operation `getFormDefinitionByKey`).
    ///
    /// Arguments:
    ///
    /// - `form_definition_id`: Form definition ID Example: `"00000000-0000-0000-0000-000000000000"`.
    pub fn get_form_definition_by_key(
        &self,
        form_definition_id: impl Into<String>,
    ) -> GetFormDefinitionByKey {
        GetFormDefinitionByKey {
            client: self.client.clone(),
            form_definition_id: form_definition_id.into(),
        }
    }
    /// Returns a form instance.
    ///
    /// Parameter `{formInstanceID}` should match a form instance ID.
    ///
    /// Only the assigned recipient (`recipients[].id` when `type` is `IDENTITY`) may call this.
    ///
    /// `GET /form-instances/{formInstanceID}` (operation `getFormInstanceByKey`).
    ///
    /// Arguments:
    ///
    /// - `form_instance_id`: Form instance ID Example: `"00000000-0000-0000-0000-000000000000"`.
    pub fn get_form_instance_by_key(
        &self,
        form_instance_id: impl Into<String>,
    ) -> GetFormInstanceByKey {
        GetFormInstanceByKey {
            client: self.client.clone(),
            form_instance_id: form_instance_id.into(),
        }
    }
    /// Download instance file by fileid.
    ///
    /// `GET /form-instances/{formInstanceID}/file/{fileID}` (operation `getFormInstanceFile`).
    ///
    /// Arguments:
    ///
    /// - `form_instance_id`: FormInstanceID Form instance ID Example: `"00000000-0000-0000-0000-000000000000"`.
    /// - `file_id`: FileID String specifying the hashed name of the uploaded file we are retrieving. Example: `"00000031N0J7R2B57M8YG73J7M.png"`.
    pub fn get_form_instance_file(
        &self,
        form_instance_id: impl Into<String>,
        file_id: impl Into<String>,
    ) -> GetFormInstanceFile {
        GetFormInstanceFile {
            client: self.client.clone(),
            form_instance_id: form_instance_id.into(),
            file_id: file_id.into(),
        }
    }
    /// Import form definitions from export.
    ///
    /// `POST /form-definitions/import` (operation `importFormDefinitions`).
    pub fn import_form_definitions(&self) -> ImportFormDefinitions {
        ImportFormDefinitions {
            client: self.client.clone(),
            body: None,
        }
    }
    /// Patch a form definition.
    ///
    /// Parameter `{formDefinitionID}` should match a form definition ID.
    ///
    /// `PATCH /form-definitions/{formDefinitionID}` (operation `patchFormDefinition`).
    ///
    /// Arguments:
    ///
    /// - `form_definition_id`: Form definition ID Example: `"00000000-0000-0000-0000-000000000000"`.
    pub fn patch_form_definition(
        &self,
        form_definition_id: impl Into<String>,
    ) -> PatchFormDefinition {
        PatchFormDefinition {
            client: self.client.clone(),
            form_definition_id: form_definition_id.into(),
            body: None,
        }
    }
    /// Patch a form instance.
    ///
    /// Parameter `{formInstanceID}` should match a form instance ID.
    ///
    /// Only the assigned recipient (`recipients[].id` when `type` is `IDENTITY`) may call this.
    ///
    /// `PATCH /form-instances/{formInstanceID}` (operation `patchFormInstance`).
    ///
    /// Arguments:
    ///
    /// - `form_instance_id`: Form instance ID Example: `"00000000-0000-0000-0000-000000000000"`.
    pub fn patch_form_instance(
        &self,
        form_instance_id: impl Into<String>,
    ) -> PatchFormInstance {
        PatchFormInstance {
            client: self.client.clone(),
            form_instance_id: form_instance_id.into(),
            body: None,
        }
    }
    /// Export form definitions by tenant.
    ///
    /// No parameters required.
    ///
    /// `GET /form-definitions` (operation `searchFormDefinitionsByTenant`).
    pub fn search_form_definitions_by_tenant(&self) -> SearchFormDefinitionsByTenant {
        SearchFormDefinitionsByTenant {
            client: self.client.clone(),
            offset: None,
            limit: None,
            filters: None,
            sorters: None,
        }
    }
    /// Retrieves dynamic data by element.
    ///
    /// Parameter `{formInstanceID}` should match a form instance ID.
    /// Parameter `{formElementID}` should match a form element ID at the data source configuration.
    ///
    /// `GET /form-instances/{formInstanceID}/data-source/{formElementID}` (operation `searchFormElementDataByElementID`).
    ///
    /// Arguments:
    ///
    /// - `form_instance_id`: Form instance ID Example: `"00000000-0000-0000-0000-000000000000"`.
    /// - `form_element_id`: Form element ID Example: `1`.
    pub fn search_form_element_data_by_element_id(
        &self,
        form_instance_id: impl Into<String>,
        form_element_id: impl Into<String>,
    ) -> SearchFormElementDataByElementId {
        SearchFormElementDataByElementId {
            client: self.client.clone(),
            form_instance_id: form_instance_id.into(),
            form_element_id: form_element_id.into(),
            limit: None,
            filters: None,
            query: None,
        }
    }
    /// List form instances by tenant.
    ///
    /// No parameters required.
    ///
    /// `GET /form-instances` (operation `searchFormInstancesByTenant`).
    pub fn search_form_instances_by_tenant(&self) -> SearchFormInstancesByTenant {
        SearchFormInstancesByTenant {
            client: self.client.clone(),
            offset: None,
            limit: None,
        }
    }
    /// List predefined select options.
    ///
    /// No parameters required.
    ///
    /// `GET /form-definitions/predefined-select-options` (operation `searchPreDefinedSelectOptions`).
    pub fn search_pre_defined_select_options(&self) -> SearchPreDefinedSelectOptions {
        SearchPreDefinedSelectOptions {
            client: self.client.clone(),
        }
    }
    /// Preview form definition data source.
    ///
    /// `POST /form-definitions/{formDefinitionID}/data-source` (operation `showPreviewDataSource`).
    ///
    /// Arguments:
    ///
    /// - `form_definition_id`: Form definition ID Example: `"00000000-0000-0000-0000-000000000000"`.
    pub fn show_preview_data_source(
        &self,
        form_definition_id: impl Into<String>,
    ) -> ShowPreviewDataSource {
        ShowPreviewDataSource {
            client: self.client.clone(),
            form_definition_id: form_definition_id.into(),
            limit: None,
            filters: None,
            query: None,
            body: None,
        }
    }
}
/// Request builder of [`CustomFormsApi::create_form_definition`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct CreateFormDefinition {
    client: crate::Client,
    body: Option<models::CreateFormDefinitionRequest>,
}
impl CreateFormDefinition {
    /// Body is the request payload to create form definition request
    pub fn body(mut self, value: models::CreateFormDefinitionRequest) -> Self {
        self.body = Some(value);
        self
    }
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = "/form-definitions".to_string();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(
                runtime::Method::POST,
                crate::BASE_PATH,
                path,
            )
            .product(crate::PRODUCT);
        req = req.accept("application/json")?;
        if let Some(body) = &self.body {
            req = req.json(body)?;
        }
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<models::FormDefinitionResponse>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    CreateFormDefinition, models::FormDefinitionResponse, CreateFormDefinitionError
);
/// The errors of [`CreateFormDefinition`]: one variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer. Converts into `runtime::Error` without losing anything.
#[derive(Debug)]
#[non_exhaustive]
pub enum CreateFormDefinitionError {
    /// HTTP 400: An error with the request occurred
    BadRequest(Box<runtime::TypedApiError<models::CreateFormDefinitionResponse400>>),
    /// HTTP 401: An error with the authorization occurred
    Unauthorized(Box<runtime::TypedApiError<models::CreateFormDefinitionResponse401>>),
    /// HTTP 403: An error with the user permissions occurred
    Forbidden(Box<runtime::TypedApiError<models::CreateFormDefinitionResponse403>>),
    /// HTTP 429: Too many requests
    TooManyRequests(Box<runtime::TypedApiError<models::Error>>),
    /// HTTP 500: An internal server error occurred
    InternalServerError(
        Box<runtime::TypedApiError<models::CreateFormDefinitionResponse500>>,
    ),
    /// An answer the spec does not describe: an undocumented status, or a body that
    /// does not decode as documented.
    Unexpected(Box<runtime::ApiError>),
    /// No answer to decode: transport, timeout, authentication, configuration, or a
    /// success body that does not decode.
    Other(runtime::Error),
}
runtime::operation_error!(
    CreateFormDefinitionError { 400 => BadRequest, 401 => Unauthorized, 403 => Forbidden,
    429 => TooManyRequests, 500 => InternalServerError }
);
/// Request builder of [`CustomFormsApi::create_form_definition_by_template`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct CreateFormDefinitionByTemplate {
    client: crate::Client,
    body: Option<models::CreateFormDefinitionRequest>,
}
impl CreateFormDefinitionByTemplate {
    /// Body is the request payload to create form definition request
    pub fn body(mut self, value: models::CreateFormDefinitionRequest) -> Self {
        self.body = Some(value);
        self
    }
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = "/form-definitions/template".to_string();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(
                runtime::Method::POST,
                crate::BASE_PATH,
                path,
            )
            .product(crate::PRODUCT);
        req = req.accept("application/json")?;
        if let Some(body) = &self.body {
            req = req.json(body)?;
        }
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<models::FormDefinitionResponse>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    CreateFormDefinitionByTemplate, models::FormDefinitionResponse,
    CreateFormDefinitionByTemplateError
);
/// The errors of [`CreateFormDefinitionByTemplate`]: one variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer. Converts into `runtime::Error` without losing anything.
#[derive(Debug)]
#[non_exhaustive]
pub enum CreateFormDefinitionByTemplateError {
    /// HTTP 400: An error with the request occurred
    BadRequest(
        Box<runtime::TypedApiError<models::CreateFormDefinitionByTemplateResponse400>>,
    ),
    /// HTTP 401: An error with the authorization occurred
    Unauthorized(
        Box<runtime::TypedApiError<models::CreateFormDefinitionByTemplateResponse401>>,
    ),
    /// HTTP 403: An error with the user permissions occurred
    Forbidden(
        Box<runtime::TypedApiError<models::CreateFormDefinitionByTemplateResponse403>>,
    ),
    /// HTTP 429: Too many requests
    TooManyRequests(Box<runtime::TypedApiError<models::Error>>),
    /// HTTP 500: An internal server error occurred
    InternalServerError(
        Box<runtime::TypedApiError<models::CreateFormDefinitionByTemplateResponse500>>,
    ),
    /// An answer the spec does not describe: an undocumented status, or a body that
    /// does not decode as documented.
    Unexpected(Box<runtime::ApiError>),
    /// No answer to decode: transport, timeout, authentication, configuration, or a
    /// success body that does not decode.
    Other(runtime::Error),
}
runtime::operation_error!(
    CreateFormDefinitionByTemplateError { 400 => BadRequest, 401 => Unauthorized, 403 =>
    Forbidden, 429 => TooManyRequests, 500 => InternalServerError }
);
/// Request builder of [`CustomFormsApi::create_form_definition_dynamic_schema`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct CreateFormDefinitionDynamicSchema {
    client: crate::Client,
    body: Option<models::FormDefinitionDynamicSchemaRequest>,
}
impl CreateFormDefinitionDynamicSchema {
    /// Body is the request payload to create a form definition dynamic schema
    pub fn body(mut self, value: models::FormDefinitionDynamicSchemaRequest) -> Self {
        self.body = Some(value);
        self
    }
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = "/form-definitions/forms-action-dynamic-schema".to_string();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(
                runtime::Method::POST,
                crate::BASE_PATH,
                path,
            )
            .product(crate::PRODUCT);
        req = req.accept("application/json")?;
        if let Some(body) = &self.body {
            req = req.json(body)?;
        }
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<models::FormDefinitionDynamicSchemaResponse>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    CreateFormDefinitionDynamicSchema, models::FormDefinitionDynamicSchemaResponse,
    CreateFormDefinitionDynamicSchemaError
);
/// The errors of [`CreateFormDefinitionDynamicSchema`]: one variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer. Converts into `runtime::Error` without losing anything.
#[derive(Debug)]
#[non_exhaustive]
pub enum CreateFormDefinitionDynamicSchemaError {
    /// HTTP 400: An error with the request occurred
    BadRequest(
        Box<runtime::TypedApiError<models::CreateFormDefinitionDynamicSchemaResponse400>>,
    ),
    /// HTTP 401: An error with the authorization occurred
    Unauthorized(
        Box<runtime::TypedApiError<models::CreateFormDefinitionDynamicSchemaResponse401>>,
    ),
    /// HTTP 403: An error with the user permissions occurred
    Forbidden(
        Box<runtime::TypedApiError<models::CreateFormDefinitionDynamicSchemaResponse403>>,
    ),
    /// HTTP 404: An error with the item not found
    NotFound(
        Box<runtime::TypedApiError<models::CreateFormDefinitionDynamicSchemaResponse404>>,
    ),
    /// HTTP 429: Too many requests
    TooManyRequests(Box<runtime::TypedApiError<models::Error>>),
    /// HTTP 500: An internal server error occurred
    InternalServerError(
        Box<runtime::TypedApiError<models::CreateFormDefinitionDynamicSchemaResponse500>>,
    ),
    /// An answer the spec does not describe: an undocumented status, or a body that
    /// does not decode as documented.
    Unexpected(Box<runtime::ApiError>),
    /// No answer to decode: transport, timeout, authentication, configuration, or a
    /// success body that does not decode.
    Other(runtime::Error),
}
runtime::operation_error!(
    CreateFormDefinitionDynamicSchemaError { 400 => BadRequest, 401 => Unauthorized, 403
    => Forbidden, 404 => NotFound, 429 => TooManyRequests, 500 => InternalServerError }
);
/// Request builder of [`CustomFormsApi::create_form_definition_file_request`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct CreateFormDefinitionFileRequest {
    client: crate::Client,
    form_definition_id: String,
    body: models::CreateFormDefinitionFileRequestRequest,
}
impl CreateFormDefinitionFileRequest {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/form-definitions/",
            &runtime::encode::path_param(&self.form_definition_id, false)?,
            "/upload",
        ]
            .concat();
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
            #[allow(unused_mut)]
            let mut form = runtime::Multipart::new().fields(body, &["file"])?;
            form = form.file("file", body.file.clone(), None, Some("image/png"));
            req = req.multipart(form);
        }
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<models::FormDefinitionFileUploadResponse>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    CreateFormDefinitionFileRequest, models::FormDefinitionFileUploadResponse,
    CreateFormDefinitionFileRequestError
);
/// The errors of [`CreateFormDefinitionFileRequest`]: one variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer. Converts into `runtime::Error` without losing anything.
#[derive(Debug)]
#[non_exhaustive]
pub enum CreateFormDefinitionFileRequestError {
    /// HTTP 400: An error with the request occurred
    BadRequest(
        Box<runtime::TypedApiError<models::CreateFormDefinitionFileRequestResponse400>>,
    ),
    /// HTTP 401: An error with the authorization occurred
    Unauthorized(
        Box<runtime::TypedApiError<models::CreateFormDefinitionFileRequestResponse401>>,
    ),
    /// HTTP 403: An error with the user permissions occurred
    Forbidden(
        Box<runtime::TypedApiError<models::CreateFormDefinitionFileRequestResponse403>>,
    ),
    /// HTTP 404: An error with the item not found
    NotFound(
        Box<runtime::TypedApiError<models::CreateFormDefinitionFileRequestResponse404>>,
    ),
    /// HTTP 413: An error with payload size too large
    PayloadTooLarge(
        Box<runtime::TypedApiError<models::CreateFormDefinitionFileRequestResponse413>>,
    ),
    /// HTTP 415: An error with unsupported media type
    UnsupportedMediaType(
        Box<runtime::TypedApiError<models::CreateFormDefinitionFileRequestResponse415>>,
    ),
    /// HTTP 429: Too many requests
    TooManyRequests(Box<runtime::TypedApiError<models::Error>>),
    /// HTTP 500: An internal server error occurred
    InternalServerError(
        Box<runtime::TypedApiError<models::CreateFormDefinitionFileRequestResponse500>>,
    ),
    /// HTTP 503: An external service is not available
    ServiceUnavailable(
        Box<runtime::TypedApiError<models::CreateFormDefinitionFileRequestResponse503>>,
    ),
    /// An answer the spec does not describe: an undocumented status, or a body that
    /// does not decode as documented.
    Unexpected(Box<runtime::ApiError>),
    /// No answer to decode: transport, timeout, authentication, configuration, or a
    /// success body that does not decode.
    Other(runtime::Error),
}
runtime::operation_error!(
    CreateFormDefinitionFileRequestError { 400 => BadRequest, 401 => Unauthorized, 403 =>
    Forbidden, 404 => NotFound, 413 => PayloadTooLarge, 415 => UnsupportedMediaType, 429
    => TooManyRequests, 500 => InternalServerError, 503 => ServiceUnavailable }
);
/// Request builder of [`CustomFormsApi::create_form_instance`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct CreateFormInstance {
    client: crate::Client,
    body: Option<models::CreateFormInstanceRequest>,
}
impl CreateFormInstance {
    /// Body is the request payload to create a form instance
    pub fn body(mut self, value: models::CreateFormInstanceRequest) -> Self {
        self.body = Some(value);
        self
    }
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = "/form-instances".to_string();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(
                runtime::Method::POST,
                crate::BASE_PATH,
                path,
            )
            .product(crate::PRODUCT);
        req = req.accept("application/json")?;
        if let Some(body) = &self.body {
            req = req.json(body)?;
        }
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<models::FormInstanceResponse>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    CreateFormInstance, models::FormInstanceResponse, CreateFormInstanceError
);
/// The errors of [`CreateFormInstance`]: one variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer. Converts into `runtime::Error` without losing anything.
#[derive(Debug)]
#[non_exhaustive]
pub enum CreateFormInstanceError {
    /// HTTP 400: An error with the request occurred
    BadRequest(Box<runtime::TypedApiError<models::CreateFormInstanceResponse400>>),
    /// HTTP 401: An error with the authorization occurred
    Unauthorized(Box<runtime::TypedApiError<models::CreateFormInstanceResponse401>>),
    /// HTTP 403: An error with the user permissions occurred
    Forbidden(Box<runtime::TypedApiError<models::CreateFormInstanceResponse403>>),
    /// HTTP 429: Too many requests
    TooManyRequests(Box<runtime::TypedApiError<models::Error>>),
    /// HTTP 500: An internal server error occurred
    InternalServerError(
        Box<runtime::TypedApiError<models::CreateFormInstanceResponse500>>,
    ),
    /// An answer the spec does not describe: an undocumented status, or a body that
    /// does not decode as documented.
    Unexpected(Box<runtime::ApiError>),
    /// No answer to decode: transport, timeout, authentication, configuration, or a
    /// success body that does not decode.
    Other(runtime::Error),
}
runtime::operation_error!(
    CreateFormInstanceError { 400 => BadRequest, 401 => Unauthorized, 403 => Forbidden,
    429 => TooManyRequests, 500 => InternalServerError }
);
/// Request builder of [`CustomFormsApi::delete_form_definition`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct DeleteFormDefinition {
    client: crate::Client,
    form_definition_id: String,
}
impl DeleteFormDefinition {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/form-definitions/",
            &runtime::encode::path_param(&self.form_definition_id, false)?,
        ]
            .concat();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(
                runtime::Method::DELETE,
                crate::BASE_PATH,
                path,
            )
            .product(crate::PRODUCT);
        req = req.accept("application/json")?;
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<models::serde_json::Value>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    DeleteFormDefinition, models::serde_json::Value, DeleteFormDefinitionError
);
/// The errors of [`DeleteFormDefinition`]: one variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer. Converts into `runtime::Error` without losing anything.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteFormDefinitionError {
    /// HTTP 400: An error with the request occurred
    BadRequest(Box<runtime::TypedApiError<models::DeleteFormDefinitionResponse400>>),
    /// HTTP 401: An error with the authorization occurred
    Unauthorized(Box<runtime::TypedApiError<models::DeleteFormDefinitionResponse401>>),
    /// HTTP 403: An error with the user permissions occurred
    Forbidden(Box<runtime::TypedApiError<models::DeleteFormDefinitionResponse403>>),
    /// HTTP 404: An error with the item not found
    NotFound(Box<runtime::TypedApiError<models::DeleteFormDefinitionResponse404>>),
    /// HTTP 429: Too many requests
    TooManyRequests(Box<runtime::TypedApiError<models::Error>>),
    /// HTTP 500: An internal server error occurred
    InternalServerError(
        Box<runtime::TypedApiError<models::DeleteFormDefinitionResponse500>>,
    ),
    /// An answer the spec does not describe: an undocumented status, or a body that
    /// does not decode as documented.
    Unexpected(Box<runtime::ApiError>),
    /// No answer to decode: transport, timeout, authentication, configuration, or a
    /// success body that does not decode.
    Other(runtime::Error),
}
runtime::operation_error!(
    DeleteFormDefinitionError { 400 => BadRequest, 401 => Unauthorized, 403 => Forbidden,
    404 => NotFound, 429 => TooManyRequests, 500 => InternalServerError }
);
/// Request builder of [`CustomFormsApi::export_form_definitions_by_tenant`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ExportFormDefinitionsByTenant {
    client: crate::Client,
    offset: Option<i64>,
    limit: Option<i64>,
    filters: Option<String>,
    sorters: Option<String>,
}
impl ExportFormDefinitionsByTenant {
    /// Offset
    ///
    /// Integer specifying the offset of the first result from the beginning of the collection. The standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#paginating-results).
    /// The offset value is record-based, not page-based, and the index starts at 0.
    ///
    /// Default: `0`.
    ///
    /// Example: `0`.
    pub fn offset(mut self, value: i64) -> Self {
        self.offset = Some(value);
        self
    }
    /// Limit
    ///
    /// Integer specifying the maximum number of records to return in a single API call. The standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#paginating-results).
    /// If it is not specified, a default limit is used.
    ///
    /// Default: `250`.
    ///
    /// Example: `250`.
    pub fn limit(mut self, value: i64) -> Self {
        self.limit = Some(value);
        self
    }
    /// Filter results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#filtering-results)
    ///
    /// Filtering is supported for the following fields and operators:
    ///
    /// **name**: *eq, gt, sw, in*
    ///
    /// **description**: *eq, gt, sw, in*
    ///
    /// **created**: *eq, gt, sw, in*
    ///
    /// **modified**: *eq, gt, sw, in*
    ///
    /// Example: `"name sw \"my form\""`.
    pub fn filters(mut self, value: impl Into<String>) -> Self {
        self.filters = Some(value.into());
        self
    }
    /// Sort results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#sorting-results)
    ///
    /// Sorting is supported for the following fields: **name, description, created, modified**
    ///
    /// Default: `"name"`.
    ///
    /// Example: `"name"`.
    pub fn sorters(mut self, value: impl Into<String>) -> Self {
        self.sorters = Some(value.into());
        self
    }
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = "/form-definitions/export".to_string();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(runtime::Method::GET, crate::BASE_PATH, path)
            .product(crate::PRODUCT);
        if let Some(v) = &self.offset {
            req = req.query("offset", v, "form", true)?;
        }
        if let Some(v) = &self.limit {
            req = req.query("limit", v, "form", true)?;
        }
        if let Some(v) = &self.filters {
            req = req.query("filters", v, "form", true)?;
        }
        if let Some(v) = &self.sorters {
            req = req.query("sorters", v, "form", true)?;
        }
        req = req.accept("application/json")?;
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<Vec<models::ExportFormDefinitionsByTenantResponseItem>>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
    /// Every item of the list, fetching pages lazily (`limit` items per page, clamped to the documented maximum, from `offset`). The stream ends after a short page, at `X-Total-Count` when the request asks for the total, or when the server answers that the offset after a full last page is invalid.
    pub fn stream(
        self,
    ) -> runtime::BoxStream<
        'static,
        runtime::Result<models::ExportFormDefinitionsByTenantResponseItem>,
    > {
        self.paged(None)
    }
    /// Like [`Self::stream`], ending after at most `max_items` items (the last page asks
    /// only for what is still wanted); the page size stays `limit`.
    pub fn stream_at_most(
        self,
        max_items: u64,
    ) -> runtime::BoxStream<
        'static,
        runtime::Result<models::ExportFormDefinitionsByTenantResponseItem>,
    > {
        self.paged(Some(max_items))
    }
    fn paged(
        self,
        max_items: Option<u64>,
    ) -> runtime::BoxStream<
        'static,
        runtime::Result<models::ExportFormDefinitionsByTenantResponseItem>,
    > {
        let paging = runtime::pagination::Paging::new(
                self.limit.and_then(|v| u64::try_from(v).ok()).unwrap_or(250u64),
            )
            .start(self.offset.and_then(|v| u64::try_from(v).ok()).unwrap_or(0))
            .max_page_size(None)
            .max_items(max_items);
        runtime::pagination::offset_stream_with(
            paging,
            move |offset, limit| {
                let mut page = self.clone();
                async move {
                    page.offset = Some(runtime::pagination::cast(offset)?);
                    page.limit = Some(runtime::pagination::cast(limit)?);
                    let r = page
                        .send_with_response()
                        .await
                        .map_err(runtime::Error::from)?;
                    let total = r.total_count();
                    Ok(runtime::Page {
                        items: r.data,
                        total,
                    })
                }
            },
        )
    }
}
runtime::send_methods!(
    ExportFormDefinitionsByTenant, Vec <
    models::ExportFormDefinitionsByTenantResponseItem >,
    ExportFormDefinitionsByTenantError
);
/// The errors of [`ExportFormDefinitionsByTenant`]: one variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer. Converts into `runtime::Error` without losing anything.
#[derive(Debug)]
#[non_exhaustive]
pub enum ExportFormDefinitionsByTenantError {
    /// HTTP 400: An error with the request occurred
    BadRequest(
        Box<runtime::TypedApiError<models::ExportFormDefinitionsByTenantResponse400>>,
    ),
    /// HTTP 401: An error with the authorization occurred
    Unauthorized(
        Box<runtime::TypedApiError<models::ExportFormDefinitionsByTenantResponse401>>,
    ),
    /// HTTP 403: An error with the user permissions occurred
    Forbidden(
        Box<runtime::TypedApiError<models::ExportFormDefinitionsByTenantResponse403>>,
    ),
    /// HTTP 429: Too many requests
    TooManyRequests(Box<runtime::TypedApiError<models::Error>>),
    /// HTTP 500: An internal server error occurred
    InternalServerError(
        Box<runtime::TypedApiError<models::ExportFormDefinitionsByTenantResponse500>>,
    ),
    /// An answer the spec does not describe: an undocumented status, or a body that
    /// does not decode as documented.
    Unexpected(Box<runtime::ApiError>),
    /// No answer to decode: transport, timeout, authentication, configuration, or a
    /// success body that does not decode.
    Other(runtime::Error),
}
runtime::operation_error!(
    ExportFormDefinitionsByTenantError { 400 => BadRequest, 401 => Unauthorized, 403 =>
    Forbidden, 429 => TooManyRequests, 500 => InternalServerError }
);
/// Request builder of [`CustomFormsApi::get_file_from_s3`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetFileFromS3 {
    client: crate::Client,
    form_definition_id: String,
    file_id: String,
}
impl GetFileFromS3 {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/form-definitions/",
            &runtime::encode::path_param(&self.form_definition_id, false)?,
            "/file/",
            &runtime::encode::path_param(&self.file_id, false)?,
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
        Output = runtime::Result<runtime::bytes::Bytes>,
    > + Send + 'static {
        resp.bytes()
    }
}
runtime::send_methods!(GetFileFromS3, runtime::bytes::Bytes, GetFileFromS3Error);
/// The errors of [`GetFileFromS3`]: one variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer. Converts into `runtime::Error` without losing anything.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetFileFromS3Error {
    /// HTTP 400: An error with the request occurred
    BadRequest(Box<runtime::TypedApiError<models::GetFileFromS3Response400>>),
    /// HTTP 401: An error with the authorization occurred
    Unauthorized(Box<runtime::TypedApiError<models::GetFileFromS3Response401>>),
    /// HTTP 403: An error with the user permissions occurred
    Forbidden(Box<runtime::TypedApiError<models::GetFileFromS3Response403>>),
    /// HTTP 404: An error with the item not found
    NotFound(Box<runtime::TypedApiError<models::GetFileFromS3Response404>>),
    /// HTTP 429: Too many requests
    TooManyRequests(Box<runtime::TypedApiError<models::Error>>),
    /// HTTP 500: An internal server error occurred
    InternalServerError(Box<runtime::TypedApiError<models::GetFileFromS3Response500>>),
    /// HTTP 503: An external service is not available
    ServiceUnavailable(Box<runtime::TypedApiError<models::GetFileFromS3Response503>>),
    /// An answer the spec does not describe: an undocumented status, or a body that
    /// does not decode as documented.
    Unexpected(Box<runtime::ApiError>),
    /// No answer to decode: transport, timeout, authentication, configuration, or a
    /// success body that does not decode.
    Other(runtime::Error),
}
runtime::operation_error!(
    GetFileFromS3Error { 400 => BadRequest, 401 => Unauthorized, 403 => Forbidden, 404 =>
    NotFound, 429 => TooManyRequests, 500 => InternalServerError, 503 =>
    ServiceUnavailable }
);
/// Request builder of [`CustomFormsApi::get_form_definition_by_key`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetFormDefinitionByKey {
    client: crate::Client,
    form_definition_id: String,
}
impl GetFormDefinitionByKey {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/form-definitions/",
            &runtime::encode::path_param(&self.form_definition_id, false)?,
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
        Output = runtime::Result<models::FormDefinitionResponse>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    GetFormDefinitionByKey, models::FormDefinitionResponse, GetFormDefinitionByKeyError
);
/// The errors of [`GetFormDefinitionByKey`]: one variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer. Converts into `runtime::Error` without losing anything.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetFormDefinitionByKeyError {
    /// HTTP 400: An error with the request occurred
    BadRequest(Box<runtime::TypedApiError<models::GetFormDefinitionByKeyResponse400>>),
    /// HTTP 401: An error with the authorization occurred
    Unauthorized(Box<runtime::TypedApiError<models::GetFormDefinitionByKeyResponse401>>),
    /// HTTP 403: An error with the user permissions occurred
    Forbidden(Box<runtime::TypedApiError<models::GetFormDefinitionByKeyResponse403>>),
    /// HTTP 404: An error with the item not found
    NotFound(Box<runtime::TypedApiError<models::GetFormDefinitionByKeyResponse404>>),
    /// HTTP 429: Too many requests
    TooManyRequests(Box<runtime::TypedApiError<models::Error>>),
    /// HTTP 500: An internal server error occurred
    InternalServerError(
        Box<runtime::TypedApiError<models::GetFormDefinitionByKeyResponse500>>,
    ),
    /// An answer the spec does not describe: an undocumented status, or a body that
    /// does not decode as documented.
    Unexpected(Box<runtime::ApiError>),
    /// No answer to decode: transport, timeout, authentication, configuration, or a
    /// success body that does not decode.
    Other(runtime::Error),
}
runtime::operation_error!(
    GetFormDefinitionByKeyError { 400 => BadRequest, 401 => Unauthorized, 403 =>
    Forbidden, 404 => NotFound, 429 => TooManyRequests, 500 => InternalServerError }
);
/// Request builder of [`CustomFormsApi::get_form_instance_by_key`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetFormInstanceByKey {
    client: crate::Client,
    form_instance_id: String,
}
impl GetFormInstanceByKey {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/form-instances/",
            &runtime::encode::path_param(&self.form_instance_id, false)?,
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
        Output = runtime::Result<models::FormInstanceResponse>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    GetFormInstanceByKey, models::FormInstanceResponse, GetFormInstanceByKeyError
);
/// The errors of [`GetFormInstanceByKey`]: one variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer. Converts into `runtime::Error` without losing anything.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetFormInstanceByKeyError {
    /// HTTP 400: An error with the request occurred
    BadRequest(Box<runtime::TypedApiError<models::GetFormInstanceByKeyResponse400>>),
    /// HTTP 401: An error with the authorization occurred
    Unauthorized(Box<runtime::TypedApiError<models::GetFormInstanceByKeyResponse401>>),
    /// HTTP 403: An error with the user permissions occurred
    Forbidden(Box<runtime::TypedApiError<models::GetFormInstanceByKeyResponse403>>),
    /// HTTP 404: An error with the item not found
    NotFound(Box<runtime::TypedApiError<models::GetFormInstanceByKeyResponse404>>),
    /// HTTP 429: Too many requests
    TooManyRequests(Box<runtime::TypedApiError<models::Error>>),
    /// HTTP 500: An internal server error occurred
    InternalServerError(
        Box<runtime::TypedApiError<models::GetFormInstanceByKeyResponse500>>,
    ),
    /// An answer the spec does not describe: an undocumented status, or a body that
    /// does not decode as documented.
    Unexpected(Box<runtime::ApiError>),
    /// No answer to decode: transport, timeout, authentication, configuration, or a
    /// success body that does not decode.
    Other(runtime::Error),
}
runtime::operation_error!(
    GetFormInstanceByKeyError { 400 => BadRequest, 401 => Unauthorized, 403 => Forbidden,
    404 => NotFound, 429 => TooManyRequests, 500 => InternalServerError }
);
/// Request builder of [`CustomFormsApi::get_form_instance_file`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetFormInstanceFile {
    client: crate::Client,
    form_instance_id: String,
    file_id: String,
}
impl GetFormInstanceFile {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/form-instances/",
            &runtime::encode::path_param(&self.form_instance_id, false)?,
            "/file/",
            &runtime::encode::path_param(&self.file_id, false)?,
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
        Output = runtime::Result<runtime::bytes::Bytes>,
    > + Send + 'static {
        resp.bytes()
    }
}
runtime::send_methods!(
    GetFormInstanceFile, runtime::bytes::Bytes, GetFormInstanceFileError
);
/// The errors of [`GetFormInstanceFile`]: one variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer. Converts into `runtime::Error` without losing anything.
#[derive(Debug)]
#[non_exhaustive]
pub enum GetFormInstanceFileError {
    /// HTTP 400: An error with the request occurred
    BadRequest(Box<runtime::TypedApiError<models::GetFormInstanceFileResponse400>>),
    /// HTTP 401: An error with the authorization occurred
    Unauthorized(Box<runtime::TypedApiError<models::GetFormInstanceFileResponse401>>),
    /// HTTP 403: An error with the user permissions occurred
    Forbidden(Box<runtime::TypedApiError<models::GetFormInstanceFileResponse403>>),
    /// HTTP 404: An error with the item not found
    NotFound(Box<runtime::TypedApiError<models::GetFormInstanceFileResponse404>>),
    /// HTTP 429: Too many requests
    TooManyRequests(Box<runtime::TypedApiError<models::Error>>),
    /// HTTP 500: An internal server error occurred
    InternalServerError(
        Box<runtime::TypedApiError<models::GetFormInstanceFileResponse500>>,
    ),
    /// HTTP 503: An external service is not available
    ServiceUnavailable(
        Box<runtime::TypedApiError<models::GetFormInstanceFileResponse503>>,
    ),
    /// An answer the spec does not describe: an undocumented status, or a body that
    /// does not decode as documented.
    Unexpected(Box<runtime::ApiError>),
    /// No answer to decode: transport, timeout, authentication, configuration, or a
    /// success body that does not decode.
    Other(runtime::Error),
}
runtime::operation_error!(
    GetFormInstanceFileError { 400 => BadRequest, 401 => Unauthorized, 403 => Forbidden,
    404 => NotFound, 429 => TooManyRequests, 500 => InternalServerError, 503 =>
    ServiceUnavailable }
);
/// Request builder of [`CustomFormsApi::import_form_definitions`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ImportFormDefinitions {
    client: crate::Client,
    body: Option<Vec<models::ImportFormDefinitionsRequestItem>>,
}
impl ImportFormDefinitions {
    /// Body is the request payload to import form definitions
    pub fn body(mut self, value: Vec<models::ImportFormDefinitionsRequestItem>) -> Self {
        self.body = Some(value);
        self
    }
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = "/form-definitions/import".to_string();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(
                runtime::Method::POST,
                crate::BASE_PATH,
                path,
            )
            .product(crate::PRODUCT);
        req = req.accept("application/json")?;
        if let Some(body) = &self.body {
            req = req.json(body)?;
        }
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<models::ImportFormDefinitionsResponse>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    ImportFormDefinitions, models::ImportFormDefinitionsResponse,
    ImportFormDefinitionsError
);
/// The errors of [`ImportFormDefinitions`]: one variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer. Converts into `runtime::Error` without losing anything.
#[derive(Debug)]
#[non_exhaustive]
pub enum ImportFormDefinitionsError {
    /// HTTP 400: An error with the request occurred
    BadRequest(Box<runtime::TypedApiError<models::ImportFormDefinitionsResponse400>>),
    /// HTTP 401: An error with the authorization occurred
    Unauthorized(Box<runtime::TypedApiError<models::ImportFormDefinitionsResponse401>>),
    /// HTTP 403: An error with the user permissions occurred
    Forbidden(Box<runtime::TypedApiError<models::ImportFormDefinitionsResponse403>>),
    /// HTTP 429: Too many requests
    TooManyRequests(Box<runtime::TypedApiError<models::Error>>),
    /// HTTP 500: An internal server error occurred
    InternalServerError(
        Box<runtime::TypedApiError<models::ImportFormDefinitionsResponse500>>,
    ),
    /// An answer the spec does not describe: an undocumented status, or a body that
    /// does not decode as documented.
    Unexpected(Box<runtime::ApiError>),
    /// No answer to decode: transport, timeout, authentication, configuration, or a
    /// success body that does not decode.
    Other(runtime::Error),
}
runtime::operation_error!(
    ImportFormDefinitionsError { 400 => BadRequest, 401 => Unauthorized, 403 =>
    Forbidden, 429 => TooManyRequests, 500 => InternalServerError }
);
/// Request builder of [`CustomFormsApi::patch_form_definition`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct PatchFormDefinition {
    client: crate::Client,
    form_definition_id: String,
    body: Option<
        Vec<
            models::indexmap::IndexMap<
                String,
                models::PatchFormDefinitionRequestItemValue,
            >,
        >,
    >,
}
impl PatchFormDefinition {
    /// Body is the request payload to patch a form definition, check: <https://jsonpatch.com>
    pub fn body(
        mut self,
        value: Vec<
            models::indexmap::IndexMap<
                String,
                models::PatchFormDefinitionRequestItemValue,
            >,
        >,
    ) -> Self {
        self.body = Some(value);
        self
    }
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/form-definitions/",
            &runtime::encode::path_param(&self.form_definition_id, false)?,
        ]
            .concat();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(
                runtime::Method::PATCH,
                crate::BASE_PATH,
                path,
            )
            .product(crate::PRODUCT);
        req = req.accept("application/json")?;
        if let Some(body) = &self.body {
            req = req.json(body)?;
        }
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<models::FormDefinitionResponse>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    PatchFormDefinition, models::FormDefinitionResponse, PatchFormDefinitionError
);
/// The errors of [`PatchFormDefinition`]: one variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer. Converts into `runtime::Error` without losing anything.
#[derive(Debug)]
#[non_exhaustive]
pub enum PatchFormDefinitionError {
    /// HTTP 400: An error with the request occurred
    BadRequest(Box<runtime::TypedApiError<models::PatchFormDefinitionResponse400>>),
    /// HTTP 401: An error with the authorization occurred
    Unauthorized(Box<runtime::TypedApiError<models::PatchFormDefinitionResponse401>>),
    /// HTTP 403: An error with the user permissions occurred
    Forbidden(Box<runtime::TypedApiError<models::PatchFormDefinitionResponse403>>),
    /// HTTP 404: An error with the user permissions occurred
    NotFound(Box<runtime::TypedApiError<models::PatchFormDefinitionResponse404>>),
    /// HTTP 429: Too many requests
    TooManyRequests(Box<runtime::TypedApiError<models::Error>>),
    /// HTTP 500: An internal server error occurred
    InternalServerError(
        Box<runtime::TypedApiError<models::PatchFormDefinitionResponse500>>,
    ),
    /// An answer the spec does not describe: an undocumented status, or a body that
    /// does not decode as documented.
    Unexpected(Box<runtime::ApiError>),
    /// No answer to decode: transport, timeout, authentication, configuration, or a
    /// success body that does not decode.
    Other(runtime::Error),
}
runtime::operation_error!(
    PatchFormDefinitionError { 400 => BadRequest, 401 => Unauthorized, 403 => Forbidden,
    404 => NotFound, 429 => TooManyRequests, 500 => InternalServerError }
);
/// Request builder of [`CustomFormsApi::patch_form_instance`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct PatchFormInstance {
    client: crate::Client,
    form_instance_id: String,
    body: Option<
        Vec<
            models::indexmap::IndexMap<
                String,
                models::PatchFormDefinitionRequestItemValue,
            >,
        >,
    >,
}
impl PatchFormInstance {
    /// Body is the request payload to patch a form instance, check: <https://jsonpatch.com>
    pub fn body(
        mut self,
        value: Vec<
            models::indexmap::IndexMap<
                String,
                models::PatchFormDefinitionRequestItemValue,
            >,
        >,
    ) -> Self {
        self.body = Some(value);
        self
    }
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/form-instances/",
            &runtime::encode::path_param(&self.form_instance_id, false)?,
        ]
            .concat();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(
                runtime::Method::PATCH,
                crate::BASE_PATH,
                path,
            )
            .product(crate::PRODUCT);
        req = req.accept("application/json")?;
        if let Some(body) = &self.body {
            req = req.json(body)?;
        }
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<models::FormInstanceResponse>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    PatchFormInstance, models::FormInstanceResponse, PatchFormInstanceError
);
/// The errors of [`PatchFormInstance`]: one variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer. Converts into `runtime::Error` without losing anything.
#[derive(Debug)]
#[non_exhaustive]
pub enum PatchFormInstanceError {
    /// HTTP 400: An error with the request occurred
    BadRequest(Box<runtime::TypedApiError<models::PatchFormInstanceResponse400>>),
    /// HTTP 401: An error with the authorization occurred
    Unauthorized(Box<runtime::TypedApiError<models::PatchFormInstanceResponse401>>),
    /// HTTP 403: An error with the user permissions occurred
    Forbidden(Box<runtime::TypedApiError<models::PatchFormInstanceResponse403>>),
    /// HTTP 404: An error with the item not found
    NotFound(Box<runtime::TypedApiError<models::PatchFormInstanceResponse404>>),
    /// HTTP 409: An error with the request property conflicts with stored
    Conflict(Box<runtime::TypedApiError<models::PatchFormInstanceResponse409>>),
    /// HTTP 429: Too many requests
    TooManyRequests(Box<runtime::TypedApiError<models::Error>>),
    /// HTTP 500: An internal server error occurred
    InternalServerError(
        Box<runtime::TypedApiError<models::PatchFormInstanceResponse500>>,
    ),
    /// An answer the spec does not describe: an undocumented status, or a body that
    /// does not decode as documented.
    Unexpected(Box<runtime::ApiError>),
    /// No answer to decode: transport, timeout, authentication, configuration, or a
    /// success body that does not decode.
    Other(runtime::Error),
}
runtime::operation_error!(
    PatchFormInstanceError { 400 => BadRequest, 401 => Unauthorized, 403 => Forbidden,
    404 => NotFound, 409 => Conflict, 429 => TooManyRequests, 500 => InternalServerError
    }
);
/// Request builder of [`CustomFormsApi::search_form_definitions_by_tenant`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct SearchFormDefinitionsByTenant {
    client: crate::Client,
    offset: Option<i64>,
    limit: Option<i64>,
    filters: Option<String>,
    sorters: Option<String>,
}
impl SearchFormDefinitionsByTenant {
    /// Offset
    ///
    /// Integer specifying the offset of the first result from the beginning of the collection. The standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#paginating-results).
    /// The offset value is record-based, not page-based, and the index starts at 0.
    ///
    /// Default: `0`.
    ///
    /// Example: `250`.
    pub fn offset(mut self, value: i64) -> Self {
        self.offset = Some(value);
        self
    }
    /// Limit
    ///
    /// Integer specifying the maximum number of records to return in a single API call. The standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#paginating-results).
    /// If it is not specified, a default limit is used.
    ///
    /// Default: `250`.
    ///
    /// Example: `250`.
    pub fn limit(mut self, value: i64) -> Self {
        self.limit = Some(value);
        self
    }
    /// Filter results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#filtering-results)
    ///
    /// Filtering is supported for the following fields and operators:
    ///
    /// **name**: *eq, gt, sw, in*
    ///
    /// **description**: *eq, gt, sw, in*
    ///
    /// **created**: *eq, gt, sw, in*
    ///
    /// **modified**: *eq, gt, sw, in*
    ///
    /// Example: `"name sw \"my form\""`.
    pub fn filters(mut self, value: impl Into<String>) -> Self {
        self.filters = Some(value.into());
        self
    }
    /// Sort results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#sorting-results)
    ///
    /// Sorting is supported for the following fields: **name, description, created, modified**
    ///
    /// Default: `"name"`.
    ///
    /// Example: `"name"`.
    pub fn sorters(mut self, value: impl Into<String>) -> Self {
        self.sorters = Some(value.into());
        self
    }
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = "/form-definitions".to_string();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(runtime::Method::GET, crate::BASE_PATH, path)
            .product(crate::PRODUCT);
        if let Some(v) = &self.offset {
            req = req.query("offset", v, "form", true)?;
        }
        if let Some(v) = &self.limit {
            req = req.query("limit", v, "form", true)?;
        }
        if let Some(v) = &self.filters {
            req = req.query("filters", v, "form", true)?;
        }
        if let Some(v) = &self.sorters {
            req = req.query("sorters", v, "form", true)?;
        }
        req = req.accept("application/json")?;
        req = req.retry_safe();
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<models::ListFormDefinitionsByTenantResponse>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    SearchFormDefinitionsByTenant, models::ListFormDefinitionsByTenantResponse,
    SearchFormDefinitionsByTenantError
);
/// The errors of [`SearchFormDefinitionsByTenant`]: one variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer. Converts into `runtime::Error` without losing anything.
#[derive(Debug)]
#[non_exhaustive]
pub enum SearchFormDefinitionsByTenantError {
    /// HTTP 400: An error with the request occurred
    BadRequest(
        Box<runtime::TypedApiError<models::SearchFormDefinitionsByTenantResponse400>>,
    ),
    /// HTTP 401: An error with the authorization occurred
    Unauthorized(
        Box<runtime::TypedApiError<models::SearchFormDefinitionsByTenantResponse401>>,
    ),
    /// HTTP 403: An error with the user permissions occurred
    Forbidden(
        Box<runtime::TypedApiError<models::SearchFormDefinitionsByTenantResponse403>>,
    ),
    /// HTTP 429: Too many requests
    TooManyRequests(Box<runtime::TypedApiError<models::Error>>),
    /// HTTP 500: An internal server error occurred
    InternalServerError(
        Box<runtime::TypedApiError<models::SearchFormDefinitionsByTenantResponse500>>,
    ),
    /// An answer the spec does not describe: an undocumented status, or a body that
    /// does not decode as documented.
    Unexpected(Box<runtime::ApiError>),
    /// No answer to decode: transport, timeout, authentication, configuration, or a
    /// success body that does not decode.
    Other(runtime::Error),
}
runtime::operation_error!(
    SearchFormDefinitionsByTenantError { 400 => BadRequest, 401 => Unauthorized, 403 =>
    Forbidden, 429 => TooManyRequests, 500 => InternalServerError }
);
/// Request builder of [`CustomFormsApi::search_form_element_data_by_element_id`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct SearchFormElementDataByElementId {
    client: crate::Client,
    form_instance_id: String,
    form_element_id: String,
    limit: Option<i64>,
    filters: Option<String>,
    query: Option<String>,
}
impl SearchFormElementDataByElementId {
    /// Limit
    ///
    /// Integer specifying the maximum number of records to return in a single API call. The standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#paginating-results).
    /// If it is not specified, a default limit is used.
    ///
    /// Default: `250`.
    ///
    /// Example: `250`.
    pub fn limit(mut self, value: i64) -> Self {
        self.limit = Some(value);
        self
    }
    /// Filter results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#filtering-results)
    ///
    /// Filtering is supported for the following fields and operators:
    ///
    /// **value**: *eq, ne, in*
    ///
    /// Supported composite operators: *not*
    ///
    /// Only a single *not* may be used, and it can only be used with the `in` operator. The `not` composite operator must be used in front of the field. For example, the following is valid: `not value in ("ID01")`
    ///
    /// Example: `"value eq \"ID01\""`.
    pub fn filters(mut self, value: impl Into<String>) -> Self {
        self.filters = Some(value.into());
        self
    }
    /// String that is passed to the underlying API to filter other (non-ID) fields.  For example, for access  profile data sources, this string will be passed to the access profile api and used with a "starts with" filter against  several fields.
    ///
    /// Example: `"support"`.
    pub fn query(mut self, value: impl Into<String>) -> Self {
        self.query = Some(value.into());
        self
    }
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/form-instances/",
            &runtime::encode::path_param(&self.form_instance_id, false)?,
            "/data-source/",
            &runtime::encode::path_param(&self.form_element_id, false)?,
        ]
            .concat();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(runtime::Method::GET, crate::BASE_PATH, path)
            .product(crate::PRODUCT);
        if let Some(v) = &self.limit {
            req = req.query("limit", v, "form", true)?;
        }
        if let Some(v) = &self.filters {
            req = req.query("filters", v, "form", true)?;
        }
        if let Some(v) = &self.query {
            req = req.query("query", v, "form", true)?;
        }
        req = req.accept("application/json")?;
        req = req.retry_safe();
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<models::ListFormElementDataByElementIdResponse>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    SearchFormElementDataByElementId, models::ListFormElementDataByElementIdResponse,
    SearchFormElementDataByElementIdError
);
/// The errors of [`SearchFormElementDataByElementId`]: one variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer. Converts into `runtime::Error` without losing anything.
#[derive(Debug)]
#[non_exhaustive]
pub enum SearchFormElementDataByElementIdError {
    /// HTTP 400: An error with the request occurred
    BadRequest(
        Box<runtime::TypedApiError<models::SearchFormElementDataByElementIdResponse400>>,
    ),
    /// HTTP 401: An error with the authorization occurred
    Unauthorized(
        Box<runtime::TypedApiError<models::SearchFormElementDataByElementIdResponse401>>,
    ),
    /// HTTP 403: An error with the user permissions occurred
    Forbidden(
        Box<runtime::TypedApiError<models::SearchFormElementDataByElementIdResponse403>>,
    ),
    /// HTTP 404: An error with the item not found
    NotFound(
        Box<runtime::TypedApiError<models::SearchFormElementDataByElementIdResponse404>>,
    ),
    /// HTTP 429: Too many requests
    TooManyRequests(Box<runtime::TypedApiError<models::Error>>),
    /// HTTP 500: An internal server error occurred
    InternalServerError(
        Box<runtime::TypedApiError<models::SearchFormElementDataByElementIdResponse500>>,
    ),
    /// An answer the spec does not describe: an undocumented status, or a body that
    /// does not decode as documented.
    Unexpected(Box<runtime::ApiError>),
    /// No answer to decode: transport, timeout, authentication, configuration, or a
    /// success body that does not decode.
    Other(runtime::Error),
}
runtime::operation_error!(
    SearchFormElementDataByElementIdError { 400 => BadRequest, 401 => Unauthorized, 403
    => Forbidden, 404 => NotFound, 429 => TooManyRequests, 500 => InternalServerError }
);
/// Request builder of [`CustomFormsApi::search_form_instances_by_tenant`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct SearchFormInstancesByTenant {
    client: crate::Client,
    offset: Option<i64>,
    limit: Option<i64>,
}
impl SearchFormInstancesByTenant {
    /// Offset
    ///
    /// Integer specifying the offset of the first result from the beginning of the collection. The standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#paginating-results).
    /// The offset value is record-based, not page-based, and the index starts at 0.
    ///
    /// Default: `0`.
    ///
    /// Example: `0`.
    pub fn offset(mut self, value: i64) -> Self {
        self.offset = Some(value);
        self
    }
    /// Limit
    ///
    /// Integer specifying the maximum number of records to return in a single API call. The standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#paginating-results).
    /// If it is not specified, a default limit is used.
    ///
    /// Default: `250`.
    ///
    /// Example: `100`.
    pub fn limit(mut self, value: i64) -> Self {
        self.limit = Some(value);
        self
    }
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = "/form-instances".to_string();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(runtime::Method::GET, crate::BASE_PATH, path)
            .product(crate::PRODUCT);
        if let Some(v) = &self.offset {
            req = req.query("offset", v, "form", true)?;
        }
        if let Some(v) = &self.limit {
            req = req.query("limit", v, "form", true)?;
        }
        req = req.accept("application/json")?;
        req = req.retry_safe();
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<Vec<models::FormInstanceResponse>>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
    /// Every item of the list, fetching pages lazily (`limit` items per page, clamped to the documented maximum, from `offset`). The stream ends after a short page, at `X-Total-Count` when the request asks for the total, or when the server answers that the offset after a full last page is invalid.
    pub fn stream(
        self,
    ) -> runtime::BoxStream<'static, runtime::Result<models::FormInstanceResponse>> {
        self.paged(None)
    }
    /// Like [`Self::stream`], ending after at most `max_items` items (the last page asks
    /// only for what is still wanted); the page size stays `limit`.
    pub fn stream_at_most(
        self,
        max_items: u64,
    ) -> runtime::BoxStream<'static, runtime::Result<models::FormInstanceResponse>> {
        self.paged(Some(max_items))
    }
    fn paged(
        self,
        max_items: Option<u64>,
    ) -> runtime::BoxStream<'static, runtime::Result<models::FormInstanceResponse>> {
        let paging = runtime::pagination::Paging::new(
                self.limit.and_then(|v| u64::try_from(v).ok()).unwrap_or(250u64),
            )
            .start(self.offset.and_then(|v| u64::try_from(v).ok()).unwrap_or(0))
            .max_page_size(Some(250u64))
            .max_items(max_items);
        runtime::pagination::offset_stream_with(
            paging,
            move |offset, limit| {
                let mut page = self.clone();
                async move {
                    page.offset = Some(runtime::pagination::cast(offset)?);
                    page.limit = Some(runtime::pagination::cast(limit)?);
                    let r = page
                        .send_with_response()
                        .await
                        .map_err(runtime::Error::from)?;
                    let total = r.total_count();
                    Ok(runtime::Page {
                        items: r.data,
                        total,
                    })
                }
            },
        )
    }
}
runtime::send_methods!(
    SearchFormInstancesByTenant, Vec < models::FormInstanceResponse >,
    SearchFormInstancesByTenantError
);
/// The errors of [`SearchFormInstancesByTenant`]: one variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer. Converts into `runtime::Error` without losing anything.
#[derive(Debug)]
#[non_exhaustive]
pub enum SearchFormInstancesByTenantError {
    /// HTTP 400: An error with the request occurred
    BadRequest(
        Box<runtime::TypedApiError<models::SearchFormInstancesByTenantResponse400>>,
    ),
    /// HTTP 401: An error with the authorization occurred
    Unauthorized(
        Box<runtime::TypedApiError<models::SearchFormInstancesByTenantResponse401>>,
    ),
    /// HTTP 403: An error with the user permissions occurred
    Forbidden(
        Box<runtime::TypedApiError<models::SearchFormInstancesByTenantResponse403>>,
    ),
    /// HTTP 429: Too many requests. The list form instances operation is limited to 50 requests per 10 seconds per tenant; reduce call frequency or wait before retrying.
    TooManyRequests(Box<runtime::TypedApiError<models::Error>>),
    /// HTTP 500: An internal server error occurred
    InternalServerError(
        Box<runtime::TypedApiError<models::SearchFormInstancesByTenantResponse500>>,
    ),
    /// An answer the spec does not describe: an undocumented status, or a body that
    /// does not decode as documented.
    Unexpected(Box<runtime::ApiError>),
    /// No answer to decode: transport, timeout, authentication, configuration, or a
    /// success body that does not decode.
    Other(runtime::Error),
}
runtime::operation_error!(
    SearchFormInstancesByTenantError { 400 => BadRequest, 401 => Unauthorized, 403 =>
    Forbidden, 429 => TooManyRequests, 500 => InternalServerError }
);
/// Request builder of [`CustomFormsApi::search_pre_defined_select_options`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct SearchPreDefinedSelectOptions {
    client: crate::Client,
}
impl SearchPreDefinedSelectOptions {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = "/form-definitions/predefined-select-options".to_string();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(runtime::Method::GET, crate::BASE_PATH, path)
            .product(crate::PRODUCT);
        req = req.accept("application/json")?;
        req = req.retry_safe();
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<models::ListPredefinedSelectOptionsResponse>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    SearchPreDefinedSelectOptions, models::ListPredefinedSelectOptionsResponse,
    SearchPreDefinedSelectOptionsError
);
/// The errors of [`SearchPreDefinedSelectOptions`]: one variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer. Converts into `runtime::Error` without losing anything.
#[derive(Debug)]
#[non_exhaustive]
pub enum SearchPreDefinedSelectOptionsError {
    /// HTTP 400: An error with the request occurred
    BadRequest(
        Box<runtime::TypedApiError<models::SearchPreDefinedSelectOptionsResponse400>>,
    ),
    /// HTTP 401: An error with the authorization occurred
    Unauthorized(
        Box<runtime::TypedApiError<models::SearchPreDefinedSelectOptionsResponse401>>,
    ),
    /// HTTP 403: An error with the user permissions occurred
    Forbidden(
        Box<runtime::TypedApiError<models::SearchPreDefinedSelectOptionsResponse403>>,
    ),
    /// HTTP 429: Too many requests
    TooManyRequests(Box<runtime::TypedApiError<models::Error>>),
    /// HTTP 500: An internal server error occurred
    InternalServerError(
        Box<runtime::TypedApiError<models::SearchPreDefinedSelectOptionsResponse500>>,
    ),
    /// An answer the spec does not describe: an undocumented status, or a body that
    /// does not decode as documented.
    Unexpected(Box<runtime::ApiError>),
    /// No answer to decode: transport, timeout, authentication, configuration, or a
    /// success body that does not decode.
    Other(runtime::Error),
}
runtime::operation_error!(
    SearchPreDefinedSelectOptionsError { 400 => BadRequest, 401 => Unauthorized, 403 =>
    Forbidden, 429 => TooManyRequests, 500 => InternalServerError }
);
/// Request builder of [`CustomFormsApi::show_preview_data_source`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ShowPreviewDataSource {
    client: crate::Client,
    form_definition_id: String,
    limit: Option<i64>,
    filters: Option<String>,
    query: Option<String>,
    body: Option<models::FormElementPreviewRequest>,
}
impl ShowPreviewDataSource {
    /// Limit
    ///
    /// Integer specifying the maximum number of records to return in a single API call. The standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#paginating-results).
    /// If it is not specified, a default limit is used.
    ///
    /// Default: `10`.
    ///
    /// Example: `10`.
    pub fn limit(mut self, value: i64) -> Self {
        self.limit = Some(value);
        self
    }
    /// Filter results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#filtering-results)
    ///
    /// Filtering is supported for the following fields and operators:
    ///
    /// **value**: *eq, ne, in*
    ///
    /// Supported composite operators: *not*
    ///
    /// Only a single *not* may be used, and it can only be used with the `in` operator. The `not` composite operator must be used in front of the field. For example, the following is valid: `not value in ("ID01")`
    ///
    /// Example: `"value eq \"ID01\""`.
    pub fn filters(mut self, value: impl Into<String>) -> Self {
        self.filters = Some(value.into());
        self
    }
    /// String that is passed to the underlying API to filter other (non-ID) fields.  For example, for access  profile data sources, this string will be passed to the access profile api and used with a "starts with" filter against  several fields.
    ///
    /// Example: `"ac"`.
    pub fn query(mut self, value: impl Into<String>) -> Self {
        self.query = Some(value.into());
        self
    }
    /// Body is the request payload to create a form definition dynamic schema
    pub fn body(mut self, value: models::FormElementPreviewRequest) -> Self {
        self.body = Some(value);
        self
    }
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/form-definitions/",
            &runtime::encode::path_param(&self.form_definition_id, false)?,
            "/data-source",
        ]
            .concat();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(
                runtime::Method::POST,
                crate::BASE_PATH,
                path,
            )
            .product(crate::PRODUCT);
        if let Some(v) = &self.limit {
            req = req.query("limit", v, "form", true)?;
        }
        if let Some(v) = &self.filters {
            req = req.query("filters", v, "form", true)?;
        }
        if let Some(v) = &self.query {
            req = req.query("query", v, "form", true)?;
        }
        req = req.accept("application/json")?;
        if let Some(body) = &self.body {
            req = req.json(body)?;
        }
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<models::PreviewDataSourceResponse>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    ShowPreviewDataSource, models::PreviewDataSourceResponse, ShowPreviewDataSourceError
);
/// The errors of [`ShowPreviewDataSource`]: one variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer. Converts into `runtime::Error` without losing anything.
#[derive(Debug)]
#[non_exhaustive]
pub enum ShowPreviewDataSourceError {
    /// HTTP 400: An error with the request occurred
    BadRequest(Box<runtime::TypedApiError<models::ShowPreviewDataSourceResponse400>>),
    /// HTTP 401: An error with the authorization occurred
    Unauthorized(Box<runtime::TypedApiError<models::ShowPreviewDataSourceResponse401>>),
    /// HTTP 403: An error with the user permissions occurred
    Forbidden(Box<runtime::TypedApiError<models::ShowPreviewDataSourceResponse403>>),
    /// HTTP 404: An error with the item not found
    NotFound(Box<runtime::TypedApiError<models::ShowPreviewDataSourceResponse404>>),
    /// HTTP 429: Too many requests
    TooManyRequests(Box<runtime::TypedApiError<models::Error>>),
    /// HTTP 500: An internal server error occurred
    InternalServerError(
        Box<runtime::TypedApiError<models::ShowPreviewDataSourceResponse500>>,
    ),
    /// An answer the spec does not describe: an undocumented status, or a body that
    /// does not decode as documented.
    Unexpected(Box<runtime::ApiError>),
    /// No answer to decode: transport, timeout, authentication, configuration, or a
    /// success body that does not decode.
    Other(runtime::Error),
}
runtime::operation_error!(
    ShowPreviewDataSourceError { 400 => BadRequest, 401 => Unauthorized, 403 =>
    Forbidden, 404 => NotFound, 429 => TooManyRequests, 500 => InternalServerError }
);
