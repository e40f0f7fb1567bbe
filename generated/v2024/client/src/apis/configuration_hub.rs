//! Operations tagged `Configuration Hub`.
//!
//! Use this API to implement and customize configuration settings management. With this functionality, you can access the Configuration Hub actions and build your own automated pipeline for Identity Security Cloud configuration change delivery and deployment.
//!
//! Common usages for Configuration Hub includes:
//!
//! - Upload configuration file - Configuration files can be managed and deployed using Configuration Hub by uploading a JSON file which contains configuration data.
//! - Manage object mapping - Create rules to map and substitute attributes when migrating configurations.
//! - Manage backups for configuration settings
//! - Manage configuration drafts
//! - Upload configurations and manage object mappings between tenants.
//!
//! Refer to [Using the SailPoint Configuration Hub](https://documentation.sailpoint.com/saas/help/confighub/config_hub.html) for more information about Configuration Hub.
#[allow(unused_imports)]
use crate::{models, runtime};
/// Operations tagged `Configuration Hub`; get it with the client's accessor.
#[derive(Debug, Clone)]
pub struct ConfigurationHubApi {
    client: crate::Client,
}
impl ConfigurationHubApi {
    pub(crate) fn new(client: crate::Client) -> Self {
        ConfigurationHubApi { client }
    }
    /// Create a deploy
    ///
    /// This API performs a deploy based on an existing daft.
    ///
    /// `POST /configuration-hub/deploys` (operation `createDeploy`).
    ///
    /// Arguments:
    ///
    /// - `body`: The deploy request body.
    pub fn create_deploy(&self, body: models::DeployRequest) -> CreateDeploy {
        CreateDeploy {
            client: self.client.clone(),
            body,
        }
    }
    /// Creates an object mapping
    ///
    /// This creates an object mapping between current org and source org.
    /// Source org should be "default" when creating an object mapping that is not to be associated to any particular org.
    /// The request will need the following security scope:
    /// - sp:config-object-mapping:manage
    ///
    /// `POST /configuration-hub/object-mappings/{sourceOrg}` (operation `createObjectMapping`).
    ///
    /// Arguments:
    ///
    /// - `source_org`: The name of the source org. Example: `"source-org"`.
    /// - `body`: The object mapping request body.
    pub fn create_object_mapping(
        &self,
        source_org: impl Into<String>,
        body: models::ObjectMappingRequest,
    ) -> CreateObjectMapping {
        CreateObjectMapping {
            client: self.client.clone(),
            source_org: source_org.into(),
            body,
        }
    }
    /// Bulk creates object mappings
    ///
    /// This creates a set of object mappings (Max 25) between current org and source org.
    /// Source org should be "default" when creating object mappings that are not to be associated to any particular org.
    /// The request will need the following security scope:
    /// - sp:config-object-mapping:manage
    ///
    /// `POST /configuration-hub/object-mappings/{sourceOrg}/bulk-create` (operation `createObjectMappings`).
    ///
    /// Arguments:
    ///
    /// - `source_org`: The name of the source org. Example: `"source-org"`.
    /// - `body`: The bulk create object mapping request body.
    pub fn create_object_mappings(
        &self,
        source_org: impl Into<String>,
        body: models::BulkCreateObjectMappingRequest,
    ) -> CreateObjectMappings {
        CreateObjectMappings {
            client: self.client.clone(),
            source_org: source_org.into(),
            body,
        }
    }
    /// Create scheduled action
    ///
    /// This API creates a new scheduled action for the current tenant.
    ///
    /// `POST /configuration-hub/scheduled-actions` (operation `createScheduledAction`).
    ///
    /// Arguments:
    ///
    /// - `body`: The scheduled action creation request body.
    pub fn create_scheduled_action(
        &self,
        body: models::ScheduledActionPayload,
    ) -> CreateScheduledAction {
        CreateScheduledAction {
            client: self.client.clone(),
            body,
        }
    }
    /// Upload a configuration
    ///
    /// This API uploads a JSON configuration file into a tenant.
    ///
    /// Configuration files can be managed and deployed via Configuration Hub by uploading a json file which contains configuration data. The JSON file should be the same as the one used by our import endpoints. The object types supported by upload configuration file functionality are the same as the ones supported by our regular backup functionality.
    ///
    /// Refer to [SaaS Configuration](https://developer.sailpoint.com/docs/extensibility/configuration-management/saas-configuration#supported-objects) for more information about supported objects.
    ///
    /// `POST /configuration-hub/backups/uploads` (operation `createUploadedConfiguration`).
    ///
    /// Arguments:
    ///
    /// - `body`: The body will consist of "data" which should contain the json file and name wish should be the name you want to assign to the uploaded file" __Example__ data: "uploaded.json", name: "A_NEW_UPLOADED_BACKUP" __Sample Upload File__ { "version": 1, "tenant": "a-sample-tenant", "objects": \[ { "version": 1, "self": { "id": "0a59c7196d2917f8aa6d29686e6600fb", "type": "SOURCE", "name": "Extended Form" }, "object": { "id": "0a59c7196d2917f8aa6d29686e6600fb", "name": "Extended Form", "type": "DelimitedFile", "connectorClass": "sailpoint.connector.DelimitedFileConnector", "connectorScriptName": "delimited-file-angularsc", "description": "Migrated app - Extended Form (original ID: 0a59c7196d2917f8aa6d29686e6600fb)", "deleteThreshold": 10, "provisionAsCsv": false, "owner": { "type": "IDENTITY", "id": "0a59c7196d2917f8816d29685fed00c3", "name": "slpt.services" }, "connectorAttributes": { "beforemoveAccount": "Do Nothing", "beforemoverAccount": "Do Nothing", "busApp": "false", "file": "Empty", "filetransport": "local", "filterEmptyRecords": "true", "group.filetransport": "local", "group.filterEmptyRecords": "true", "group.partitionMode": "auto", "hasHeader": "true", "indexColumn": "ID", "isCaseInsensitiveMerge": "false", "isSortedByIndexColumn": "false", "loaProcess": "Do Nothing", "ltdProcess": "Do Nothing", "mergeRows": "false", "moverProcess": "Do Nothing", "moverRevocation": "Do Nothing", "nativeChangeDetectionAttributeScope": "entitlements", "nativeChangeDetectionEnabled": "false", "nativeChangeProcess": "Do Nothing", "parseType": "delimited", "partitionMode": "auto", "policyType": "Do Nothing", "rehireProcess": "Do Nothing", "reverseleaverProcess": "Do Nothing", "rtwloaProcess": "Do Nothing", "rtwltdProcess": "Do Nothing", "stopIfLineHasWrongColumnLength": "false", "templateApplication": "DelimitedFile Template", "terminationProcess": "Do Nothing" }, "schemas": \[\], "provisioningPolicies": \[\], "features": \[ "DIRECT_PERMISSIONS", "NO_RANDOM_ACCESS", "DISCOVER_SCHEMA" \] } } \] }
    pub fn create_uploaded_configuration(
        &self,
        body: models::CreateUploadedConfigurationRequest,
    ) -> CreateUploadedConfiguration {
        CreateUploadedConfiguration {
            client: self.client.clone(),
            body,
        }
    }
    /// Delete a backup
    ///
    /// This API deletes an existing backup for the current tenant.
    ///
    /// On success, this endpoint will return an empty response.
    ///
    /// The backup id can be obtained from the response after a backup was successfully created, or from the list backups endpoint.
    ///
    /// `DELETE /configuration-hub/backups/{id}` (operation `deleteBackup`).
    ///
    /// Arguments:
    ///
    /// - `id`: The id of the backup to delete. Example: `"07659d7d-2cce-47c0-9e49-185787ee565a"`.
    pub fn delete_backup(&self, id: impl Into<String>) -> DeleteBackup {
        DeleteBackup {
            client: self.client.clone(),
            id: id.into(),
        }
    }
    /// Delete a draft
    ///
    /// This API deletes an existing draft for the current tenant.
    ///
    /// On success, this endpoint will return an empty response.
    ///
    /// The draft id can be obtained from the response after a draft was successfully created, or from the list drafts endpoint.
    ///
    /// `DELETE /configuration-hub/drafts/{id}` (operation `deleteDraft`).
    ///
    /// Arguments:
    ///
    /// - `id`: The id of the draft to delete. Example: `"07659d7d-2cce-47c0-9e49-185787ee565a"`.
    pub fn delete_draft(&self, id: impl Into<String>) -> DeleteDraft {
        DeleteDraft {
            client: self.client.clone(),
            id: id.into(),
        }
    }
    /// Deletes an object mapping
    ///
    /// This deletes an existing object mapping.
    /// Source org should be "default" when deleting an object mapping that is not associated to any particular org.
    /// The request will need the following security scope:
    /// - sp:config-object-mapping:manage
    ///
    /// `DELETE /configuration-hub/object-mappings/{sourceOrg}/{objectMappingId}` (operation `deleteObjectMapping`).
    ///
    /// Arguments:
    ///
    /// - `source_org`: The name of the source org. Example: `"source-org"`.
    /// - `object_mapping_id`: The id of the object mapping to be deleted. Example: `"3d6e0144-963f-4bd6-8d8d-d77b4e507ce4"`.
    pub fn delete_object_mapping(
        &self,
        source_org: impl Into<String>,
        object_mapping_id: impl Into<String>,
    ) -> DeleteObjectMapping {
        DeleteObjectMapping {
            client: self.client.clone(),
            source_org: source_org.into(),
            object_mapping_id: object_mapping_id.into(),
        }
    }
    /// Delete scheduled action
    ///
    /// This API deletes an existing scheduled action.
    ///
    /// `DELETE /configuration-hub/scheduled-actions/{scheduledActionId}` (operation `deleteScheduledAction`).
    ///
    /// Arguments:
    ///
    /// - `scheduled_action_id`: The ID of the scheduled action. Example: `"0f11f2a4-7c94-4bf3-a2bd-742580fe3bde"`.
    pub fn delete_scheduled_action(
        &self,
        scheduled_action_id: impl Into<String>,
    ) -> DeleteScheduledAction {
        DeleteScheduledAction {
            client: self.client.clone(),
            scheduled_action_id: scheduled_action_id.into(),
        }
    }
    /// Delete an uploaded configuration
    ///
    /// This API deletes an uploaded configuration based on Id.
    ///
    /// On success, this endpoint will return an empty response.
    ///
    /// The uploaded configuration id can be obtained from the response after a successful upload, or the list uploaded configurations endpoint.
    ///
    /// `DELETE /configuration-hub/backups/uploads/{id}` (operation `deleteUploadedConfiguration`).
    ///
    /// Arguments:
    ///
    /// - `id`: The id of the uploaded configuration. Example: `"3d0fe04b-57df-4a46-a83b-8f04b0f9d10b"`.
    pub fn delete_uploaded_configuration(
        &self,
        id: impl Into<String>,
    ) -> DeleteUploadedConfiguration {
        DeleteUploadedConfiguration {
            client: self.client.clone(),
            id: id.into(),
        }
    }
    /// Get a deploy
    ///
    /// This API gets an existing deploy for the current tenant.
    ///
    /// `GET /configuration-hub/deploys/{id}` (operation `getDeploy`).
    ///
    /// Arguments:
    ///
    /// - `id`: The id of the deploy. Example: `"3d0fe04b-57df-4a46-a83b-8f04b0f9d10b"`.
    pub fn get_deploy(&self, id: impl Into<String>) -> GetDeploy {
        GetDeploy {
            client: self.client.clone(),
            id: id.into(),
        }
    }
    /// Gets list of object mappings
    ///
    /// This gets a list of existing object mappings between current org and source org.
    /// Source org should be "default" when getting object mappings that are not associated to any particular org.
    /// The request will need the following security scope:
    /// - sp:config-object-mapping:read
    ///
    /// `GET /configuration-hub/object-mappings/{sourceOrg}` (operation `getObjectMappings`).
    ///
    /// Arguments:
    ///
    /// - `source_org`: The name of the source org. Example: `"source-org"`.
    pub fn get_object_mappings(
        &self,
        source_org: impl Into<String>,
    ) -> GetObjectMappings {
        GetObjectMappings {
            client: self.client.clone(),
            source_org: source_org.into(),
        }
    }
    /// Get an uploaded configuration
    ///
    /// This API gets an existing uploaded configuration for the current tenant.
    ///
    /// `GET /configuration-hub/backups/uploads/{id}` (operation `getUploadedConfiguration`).
    ///
    /// Arguments:
    ///
    /// - `id`: The id of the uploaded configuration. Example: `"3d0fe04b-57df-4a46-a83b-8f04b0f9d10b"`.
    pub fn get_uploaded_configuration(
        &self,
        id: impl Into<String>,
    ) -> GetUploadedConfiguration {
        GetUploadedConfiguration {
            client: self.client.clone(),
            id: id.into(),
        }
    }
    /// List backups
    ///
    /// This API gets a list of existing backups for the current tenant.
    ///
    /// `GET /configuration-hub/backups` (operation `listBackups`).
    pub fn list_backups(&self) -> ListBackups {
        ListBackups {
            client: self.client.clone(),
            filters: None,
        }
    }
    /// List deploys
    ///
    /// This API gets a list of deploys for the current tenant.
    ///
    /// `GET /configuration-hub/deploys` (operation `listDeploys`).
    pub fn list_deploys(&self) -> ListDeploys {
        ListDeploys {
            client: self.client.clone(),
        }
    }
    /// List drafts
    ///
    /// This API gets a list of existing drafts for the current tenant.
    ///
    /// `GET /configuration-hub/drafts` (operation `listDrafts`).
    pub fn list_drafts(&self) -> ListDrafts {
        ListDrafts {
            client: self.client.clone(),
            filters: None,
        }
    }
    /// List scheduled actions
    ///
    /// This API gets a list of existing scheduled actions for the current tenant.
    ///
    /// `GET /configuration-hub/scheduled-actions` (operation `listScheduledActions`).
    pub fn list_scheduled_actions(&self) -> ListScheduledActions {
        ListScheduledActions {
            client: self.client.clone(),
        }
    }
    /// List uploaded configurations
    ///
    /// This API gets a list of existing uploaded configurations for the current tenant.
    ///
    /// `GET /configuration-hub/backups/uploads` (operation `listUploadedConfigurations`).
    pub fn list_uploaded_configurations(&self) -> ListUploadedConfigurations {
        ListUploadedConfigurations {
            client: self.client.clone(),
            filters: None,
        }
    }
    /// Bulk updates object mappings
    ///
    /// This updates a set of object mappings, only enabled and targetValue fields can be updated.
    /// Source org should be "default" when updating object mappings that are not associated to any particular org.
    /// The request will need the following security scope:
    /// - sp:config-object-mapping:manage
    ///
    /// `POST /configuration-hub/object-mappings/{sourceOrg}/bulk-patch` (operation `updateObjectMappings`).
    ///
    /// Arguments:
    ///
    /// - `source_org`: The name of the source org. Example: `"source-org"`.
    /// - `body`: The object mapping request body.
    pub fn update_object_mappings(
        &self,
        source_org: impl Into<String>,
        body: models::BulkUpdateObjectMappingRequest,
    ) -> UpdateObjectMappings {
        UpdateObjectMappings {
            client: self.client.clone(),
            source_org: source_org.into(),
            body,
        }
    }
    /// Update scheduled action
    ///
    /// This API updates an existing scheduled action using JSON Patch format.
    ///
    /// `PATCH /configuration-hub/scheduled-actions/{scheduledActionId}` (operation `updateScheduledAction`).
    ///
    /// Arguments:
    ///
    /// - `scheduled_action_id`: The ID of the scheduled action. Example: `"0f11f2a4-7c94-4bf3-a2bd-742580fe3bde"`.
    /// - `body`: The JSON Patch document containing the changes to apply to the scheduled action.
    pub fn update_scheduled_action(
        &self,
        scheduled_action_id: impl Into<String>,
        body: models::JsonPatch,
    ) -> UpdateScheduledAction {
        UpdateScheduledAction {
            client: self.client.clone(),
            scheduled_action_id: scheduled_action_id.into(),
            body,
        }
    }
}
/// Request builder of [`ConfigurationHubApi::create_deploy`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct CreateDeploy {
    client: crate::Client,
    body: models::DeployRequest,
}
impl CreateDeploy {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = "/configuration-hub/deploys".to_string();
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
        Output = runtime::Result<models::DeployResponse>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(CreateDeploy, models::DeployResponse, CreateDeployError);
/// The errors of [`CreateDeploy`]: [`crate::errors::Error400_401_403_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type CreateDeployError = crate::errors::Error400_401_403_429_500;
/// Request builder of [`ConfigurationHubApi::create_object_mapping`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct CreateObjectMapping {
    client: crate::Client,
    source_org: String,
    body: models::ObjectMappingRequest,
}
impl CreateObjectMapping {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/configuration-hub/object-mappings/",
            &runtime::encode::path_param(&self.source_org, false)?,
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
            req = req.json(body)?;
        }
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<models::ObjectMappingResponse>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    CreateObjectMapping, models::ObjectMappingResponse, CreateObjectMappingError
);
/// The errors of [`CreateObjectMapping`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type CreateObjectMappingError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`ConfigurationHubApi::create_object_mappings`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct CreateObjectMappings {
    client: crate::Client,
    source_org: String,
    body: models::BulkCreateObjectMappingRequest,
}
impl CreateObjectMappings {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/configuration-hub/object-mappings/",
            &runtime::encode::path_param(&self.source_org, false)?,
            "/bulk-create",
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
            req = req.json(body)?;
        }
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<models::BulkCreateObjectMappingResponse>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    CreateObjectMappings, models::BulkCreateObjectMappingResponse,
    CreateObjectMappingsError
);
/// The errors of [`CreateObjectMappings`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type CreateObjectMappingsError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`ConfigurationHubApi::create_scheduled_action`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct CreateScheduledAction {
    client: crate::Client,
    body: models::ScheduledActionPayload,
}
impl CreateScheduledAction {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = "/configuration-hub/scheduled-actions".to_string();
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
        Output = runtime::Result<models::ScheduledActionResponse>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    CreateScheduledAction, models::ScheduledActionResponse, CreateScheduledActionError
);
/// The errors of [`CreateScheduledAction`]: [`crate::errors::Error400_401_403_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type CreateScheduledActionError = crate::errors::Error400_401_403_429_500;
/// Request builder of [`ConfigurationHubApi::create_uploaded_configuration`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct CreateUploadedConfiguration {
    client: crate::Client,
    body: models::CreateUploadedConfigurationRequest,
}
impl CreateUploadedConfiguration {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = "/configuration-hub/backups/uploads".to_string();
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
            let mut form = runtime::Multipart::new().fields(body, &["data"])?;
            form = form.file("data", body.data.clone(), None, None);
            req = req.multipart(form);
        }
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<models::BackupResponse>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    CreateUploadedConfiguration, models::BackupResponse, CreateUploadedConfigurationError
);
/// The errors of [`CreateUploadedConfiguration`]: [`crate::errors::Error400_401_403_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type CreateUploadedConfigurationError = crate::errors::Error400_401_403_429_500;
/// Request builder of [`ConfigurationHubApi::delete_backup`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct DeleteBackup {
    client: crate::Client,
    id: String,
}
impl DeleteBackup {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/configuration-hub/backups/",
            &runtime::encode::path_param(&self.id, false)?,
        ]
            .concat();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(
                runtime::Method::DELETE,
                crate::BASE_PATH,
                path,
            )
            .product(crate::PRODUCT);
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<Output = runtime::Result<()>> + Send + 'static {
        resp.empty()
    }
}
runtime::send_methods!(DeleteBackup, (), DeleteBackupError);
/// The errors of [`DeleteBackup`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type DeleteBackupError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`ConfigurationHubApi::delete_draft`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct DeleteDraft {
    client: crate::Client,
    id: String,
}
impl DeleteDraft {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/configuration-hub/drafts/",
            &runtime::encode::path_param(&self.id, false)?,
        ]
            .concat();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(
                runtime::Method::DELETE,
                crate::BASE_PATH,
                path,
            )
            .product(crate::PRODUCT);
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<Output = runtime::Result<()>> + Send + 'static {
        resp.empty()
    }
}
runtime::send_methods!(DeleteDraft, (), DeleteDraftError);
/// The errors of [`DeleteDraft`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type DeleteDraftError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`ConfigurationHubApi::delete_object_mapping`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct DeleteObjectMapping {
    client: crate::Client,
    source_org: String,
    object_mapping_id: String,
}
impl DeleteObjectMapping {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/configuration-hub/object-mappings/",
            &runtime::encode::path_param(&self.source_org, false)?,
            "/",
            &runtime::encode::path_param(&self.object_mapping_id, false)?,
        ]
            .concat();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(
                runtime::Method::DELETE,
                crate::BASE_PATH,
                path,
            )
            .product(crate::PRODUCT);
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<Output = runtime::Result<()>> + Send + 'static {
        resp.empty()
    }
}
runtime::send_methods!(DeleteObjectMapping, (), DeleteObjectMappingError);
/// The errors of [`DeleteObjectMapping`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type DeleteObjectMappingError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`ConfigurationHubApi::delete_scheduled_action`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct DeleteScheduledAction {
    client: crate::Client,
    scheduled_action_id: String,
}
impl DeleteScheduledAction {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/configuration-hub/scheduled-actions/",
            &runtime::encode::path_param(&self.scheduled_action_id, false)?,
        ]
            .concat();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(
                runtime::Method::DELETE,
                crate::BASE_PATH,
                path,
            )
            .product(crate::PRODUCT);
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<Output = runtime::Result<()>> + Send + 'static {
        resp.empty()
    }
}
runtime::send_methods!(DeleteScheduledAction, (), DeleteScheduledActionError);
/// The errors of [`DeleteScheduledAction`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type DeleteScheduledActionError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`ConfigurationHubApi::delete_uploaded_configuration`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct DeleteUploadedConfiguration {
    client: crate::Client,
    id: String,
}
impl DeleteUploadedConfiguration {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/configuration-hub/backups/uploads/",
            &runtime::encode::path_param(&self.id, false)?,
        ]
            .concat();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(
                runtime::Method::DELETE,
                crate::BASE_PATH,
                path,
            )
            .product(crate::PRODUCT);
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<Output = runtime::Result<()>> + Send + 'static {
        resp.empty()
    }
}
runtime::send_methods!(
    DeleteUploadedConfiguration, (), DeleteUploadedConfigurationError
);
/// The errors of [`DeleteUploadedConfiguration`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type DeleteUploadedConfigurationError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`ConfigurationHubApi::get_deploy`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetDeploy {
    client: crate::Client,
    id: String,
}
impl GetDeploy {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/configuration-hub/deploys/",
            &runtime::encode::path_param(&self.id, false)?,
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
        Output = runtime::Result<models::DeployResponse>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(GetDeploy, models::DeployResponse, GetDeployError);
/// The errors of [`GetDeploy`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type GetDeployError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`ConfigurationHubApi::get_object_mappings`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetObjectMappings {
    client: crate::Client,
    source_org: String,
}
impl GetObjectMappings {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/configuration-hub/object-mappings/",
            &runtime::encode::path_param(&self.source_org, false)?,
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
        Output = runtime::Result<Vec<models::ObjectMappingResponse>>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    GetObjectMappings, Vec < models::ObjectMappingResponse >, GetObjectMappingsError
);
/// The errors of [`GetObjectMappings`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type GetObjectMappingsError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`ConfigurationHubApi::get_uploaded_configuration`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetUploadedConfiguration {
    client: crate::Client,
    id: String,
}
impl GetUploadedConfiguration {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/configuration-hub/backups/uploads/",
            &runtime::encode::path_param(&self.id, false)?,
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
        Output = runtime::Result<models::BackupResponse>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    GetUploadedConfiguration, models::BackupResponse, GetUploadedConfigurationError
);
/// The errors of [`GetUploadedConfiguration`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type GetUploadedConfigurationError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`ConfigurationHubApi::list_backups`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ListBackups {
    client: crate::Client,
    filters: Option<String>,
}
impl ListBackups {
    /// Filter results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#filtering-results)
    ///
    /// Filtering is supported for the following fields and operators:
    ///
    /// **status**: *eq*
    ///
    /// Example: `"status eq \"COMPLETE\""`.
    pub fn filters(mut self, value: impl Into<String>) -> Self {
        self.filters = Some(value.into());
        self
    }
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = "/configuration-hub/backups".to_string();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(runtime::Method::GET, crate::BASE_PATH, path)
            .product(crate::PRODUCT);
        if let Some(v) = &self.filters {
            req = req.query("filters", v, "form", true)?;
        }
        req = req.accept("application/json")?;
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<Vec<models::BackupResponse>>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(ListBackups, Vec < models::BackupResponse >, ListBackupsError);
/// The errors of [`ListBackups`]: [`crate::errors::Error400_401_403_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type ListBackupsError = crate::errors::Error400_401_403_429_500;
/// Request builder of [`ConfigurationHubApi::list_deploys`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ListDeploys {
    client: crate::Client,
}
impl ListDeploys {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = "/configuration-hub/deploys".to_string();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(runtime::Method::GET, crate::BASE_PATH, path)
            .product(crate::PRODUCT);
        req = req.accept("application/json")?;
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<models::ListDeploysResponse>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(ListDeploys, models::ListDeploysResponse, ListDeploysError);
/// The errors of [`ListDeploys`]: [`crate::errors::Error400_401_403_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type ListDeploysError = crate::errors::Error400_401_403_429_500;
/// Request builder of [`ConfigurationHubApi::list_drafts`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ListDrafts {
    client: crate::Client,
    filters: Option<String>,
}
impl ListDrafts {
    /// Filter results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#filtering-results)
    ///
    /// Filtering is supported for the following fields and operators:
    ///
    /// **status**: *eq*
    ///
    /// **approvalStatus**: *eq*
    ///
    /// Example: `"status eq \"COMPLETE\""`.
    pub fn filters(mut self, value: impl Into<String>) -> Self {
        self.filters = Some(value.into());
        self
    }
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = "/configuration-hub/drafts".to_string();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(runtime::Method::GET, crate::BASE_PATH, path)
            .product(crate::PRODUCT);
        if let Some(v) = &self.filters {
            req = req.query("filters", v, "form", true)?;
        }
        req = req.accept("application/json")?;
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<Vec<models::DraftResponse>>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(ListDrafts, Vec < models::DraftResponse >, ListDraftsError);
/// The errors of [`ListDrafts`]: [`crate::errors::Error400_401_403_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type ListDraftsError = crate::errors::Error400_401_403_429_500;
/// Request builder of [`ConfigurationHubApi::list_scheduled_actions`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ListScheduledActions {
    client: crate::Client,
}
impl ListScheduledActions {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = "/configuration-hub/scheduled-actions".to_string();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(runtime::Method::GET, crate::BASE_PATH, path)
            .product(crate::PRODUCT);
        req = req.accept("application/json")?;
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<Vec<models::ScheduledActionResponse>>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    ListScheduledActions, Vec < models::ScheduledActionResponse >,
    ListScheduledActionsError
);
/// The errors of [`ListScheduledActions`]: [`crate::errors::Error400_401_403_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type ListScheduledActionsError = crate::errors::Error400_401_403_429_500;
/// Request builder of [`ConfigurationHubApi::list_uploaded_configurations`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ListUploadedConfigurations {
    client: crate::Client,
    filters: Option<String>,
}
impl ListUploadedConfigurations {
    /// Filter results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#filtering-results)
    ///
    /// Filtering is supported for the following fields and operators:
    ///
    /// **status**: *eq*
    ///
    /// Example: `"status eq \"COMPLETE\""`.
    pub fn filters(mut self, value: impl Into<String>) -> Self {
        self.filters = Some(value.into());
        self
    }
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = "/configuration-hub/backups/uploads".to_string();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(runtime::Method::GET, crate::BASE_PATH, path)
            .product(crate::PRODUCT);
        if let Some(v) = &self.filters {
            req = req.query("filters", v, "form", true)?;
        }
        req = req.accept("application/json")?;
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<Vec<models::BackupResponse>>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    ListUploadedConfigurations, Vec < models::BackupResponse >,
    ListUploadedConfigurationsError
);
/// The errors of [`ListUploadedConfigurations`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type ListUploadedConfigurationsError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`ConfigurationHubApi::update_object_mappings`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct UpdateObjectMappings {
    client: crate::Client,
    source_org: String,
    body: models::BulkUpdateObjectMappingRequest,
}
impl UpdateObjectMappings {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/configuration-hub/object-mappings/",
            &runtime::encode::path_param(&self.source_org, false)?,
            "/bulk-patch",
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
            req = req.json(body)?;
        }
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<models::BulkUpdateObjectMappingResponse>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    UpdateObjectMappings, models::BulkUpdateObjectMappingResponse,
    UpdateObjectMappingsError
);
/// The errors of [`UpdateObjectMappings`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type UpdateObjectMappingsError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`ConfigurationHubApi::update_scheduled_action`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct UpdateScheduledAction {
    client: crate::Client,
    scheduled_action_id: String,
    body: models::JsonPatch,
}
impl UpdateScheduledAction {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/configuration-hub/scheduled-actions/",
            &runtime::encode::path_param(&self.scheduled_action_id, false)?,
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
        {
            let body = &self.body;
            req = req.json_as("application/json-patch+json", body)?;
        }
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<models::ScheduledActionResponse>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    UpdateScheduledAction, models::ScheduledActionResponse, UpdateScheduledActionError
);
/// The errors of [`UpdateScheduledAction`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type UpdateScheduledActionError = crate::errors::Error400_401_403_404_429_500;
