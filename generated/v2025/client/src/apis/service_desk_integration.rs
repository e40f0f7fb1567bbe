//! Operations tagged `Service Desk Integration`.
//!
//! Use this API to build an integration between Identity Security Cloud and a service desk ITSM (IT service management) solution.
//! Once an administrator builds this integration between Identity Security Cloud and a service desk, users can use Identity Security Cloud to raise and track tickets that are synchronized between Identity Security Cloud and the service desk.
//!
//! In Identity Security Cloud, administrators can create a service desk integration (sometimes also called an SDIM, or Service Desk Integration Module) by going to Admin &gt; Connections &gt; Service Desk and selecting 'Create.'
//!
//! To create a Generic Service Desk integration, for example, administrators must provide the required information on the General Settings page, the Connectivity and Authentication information, Ticket Creation information, Status Mapping information, and Requester Source information on the Configure page.
//! Refer to [Integrating SailPoint with Generic Service Desk](https://documentation.sailpoint.com/connectors/generic_sd/help/integrating_generic_service_desk/intro.html) for more information about the process of setting up a Generic Service Desk in Identity Security Cloud.
//!
//! Administrators can create various service desk integrations, all with their own nuances.
//! The following service desk integrations are available:
//!
//! - [Atlassian Cloud Jira Service Management](https://documentation.sailpoint.com/connectors/atlassian/jira_cloud/help/integrating_jira_cloud_sd/introduction.html)
//!
//! - [Atlassian Server Jira Service Management](https://documentation.sailpoint.com/connectors/atlassian/jira_server/help/integrating_jira_server_sd/introduction.html)
//!
//! - [BMC Helix ITSM Service Desk](https://documentation.sailpoint.com/connectors/bmc/helix_ITSM_sd/help/integrating_bmc_helix_itsm_sd/intro.html)
//!
//! - [BMC Helix Remedyforce Service Desk](https://documentation.sailpoint.com/connectors/bmc/helix_remedyforce_sd/help/integrating_bmc_helix_remedyforce_sd/intro.html)
//!
//! - [Generic Service Desk](https://documentation.sailpoint.com/connectors/generic_sd/help/integrating_generic_service_desk/intro.html)
//!
//! - [ServiceNow Service Desk](https://documentation.sailpoint.com/connectors/servicenow/sdim/help/integrating_servicenow_sdim/intro.html)
//!
//! - [Zendesk Service Desk](https://documentation.sailpoint.com/connectors/zendesk/help/integrating_zendesk_sd/introduction.html)
#[allow(unused_imports)]
use crate::{models, runtime};
/// Operations tagged `Service Desk Integration`; get it with the client's accessor.
#[derive(Debug, Clone)]
pub struct ServiceDeskIntegrationApi {
    client: crate::Client,
}
impl ServiceDeskIntegrationApi {
    pub(crate) fn new(client: crate::Client) -> Self {
        ServiceDeskIntegrationApi {
            client,
        }
    }
    /// Create new service desk integration
    ///
    /// Create a new Service Desk integration.
    ///
    /// `POST /service-desk-integrations` (operation `createServiceDeskIntegration`).
    ///
    /// Arguments:
    ///
    /// - `body`: The specifics of a new integration to create
    pub fn create_service_desk_integration(
        &self,
        body: models::ServiceDeskIntegrationDto,
    ) -> CreateServiceDeskIntegration {
        CreateServiceDeskIntegration {
            client: self.client.clone(),
            body,
        }
    }
    /// Delete a service desk integration
    ///
    /// Delete an existing Service Desk integration by ID.
    ///
    /// `DELETE /service-desk-integrations/{id}` (operation `deleteServiceDeskIntegration`).
    ///
    /// Arguments:
    ///
    /// - `id`: ID of Service Desk integration to delete
    pub fn delete_service_desk_integration(
        &self,
        id: impl Into<String>,
    ) -> DeleteServiceDeskIntegration {
        DeleteServiceDeskIntegration {
            client: self.client.clone(),
            id: id.into(),
        }
    }
    /// Get a service desk integration
    ///
    /// Get an existing Service Desk integration by ID.
    ///
    /// `GET /service-desk-integrations/{id}` (operation `getServiceDeskIntegration`).
    ///
    /// Arguments:
    ///
    /// - `id`: ID of the Service Desk integration to get
    pub fn get_service_desk_integration(
        &self,
        id: impl Into<String>,
    ) -> GetServiceDeskIntegration {
        GetServiceDeskIntegration {
            client: self.client.clone(),
            id: id.into(),
        }
    }
    /// Service desk integration template by scriptname
    ///
    /// This API endpoint returns an existing Service Desk integration template by scriptName.
    ///
    /// `GET /service-desk-integrations/templates/{scriptName}` (operation `getServiceDeskIntegrationTemplate`).
    ///
    /// Arguments:
    ///
    /// - `script_name`: The scriptName value of the Service Desk integration template to get
    pub fn get_service_desk_integration_template(
        &self,
        script_name: impl Into<String>,
    ) -> GetServiceDeskIntegrationTemplate {
        GetServiceDeskIntegrationTemplate {
            client: self.client.clone(),
            script_name: script_name.into(),
        }
    }
    /// List service desk integration types
    ///
    /// This API endpoint returns the current list of supported Service Desk integration types.
    ///
    /// `GET /service-desk-integrations/types` (operation `getServiceDeskIntegrationTypes`).
    pub fn get_service_desk_integration_types(&self) -> GetServiceDeskIntegrationTypes {
        GetServiceDeskIntegrationTypes {
            client: self.client.clone(),
        }
    }
    /// List existing service desk integrations
    ///
    /// Get a list of Service Desk integration objects.
    ///
    /// `GET /service-desk-integrations` (operation `getServiceDeskIntegrations`).
    pub fn get_service_desk_integrations(&self) -> GetServiceDeskIntegrations {
        GetServiceDeskIntegrations {
            client: self.client.clone(),
            offset: None,
            limit: None,
            sorters: None,
            filters: None,
            count: None,
        }
    }
    /// Get the time check configuration
    ///
    /// Get the time check configuration of queued SDIM tickets.
    ///
    /// `GET /service-desk-integrations/status-check-configuration` (operation `getStatusCheckDetails`).
    pub fn get_status_check_details(&self) -> GetStatusCheckDetails {
        GetStatusCheckDetails {
            client: self.client.clone(),
        }
    }
    /// Patch a service desk integration
    ///
    /// Update an existing Service Desk integration by ID with a PATCH request.
    ///
    /// `PATCH /service-desk-integrations/{id}` (operation `patchServiceDeskIntegration`).
    ///
    /// Arguments:
    ///
    /// - `id`: ID of the Service Desk integration to update
    /// - `body`: A list of SDIM update operations according to the [JSON Patch](https://tools.ietf.org/html/rfc6902) standard. Only `replace` operations are accepted by this endpoint. A 403 Forbidden Error indicates that a PATCH operation was attempted that is not allowed.
    pub fn patch_service_desk_integration(
        &self,
        id: impl Into<String>,
        body: Vec<models::JsonPatchOperation>,
    ) -> PatchServiceDeskIntegration {
        PatchServiceDeskIntegration {
            client: self.client.clone(),
            id: id.into(),
            body,
        }
    }
    /// Update a service desk integration
    ///
    /// Update an existing Service Desk integration by ID.
    ///
    /// `PUT /service-desk-integrations/{id}` (operation `putServiceDeskIntegration`).
    ///
    /// Arguments:
    ///
    /// - `id`: ID of the Service Desk integration to update
    /// - `body`: The specifics of the integration to update
    pub fn put_service_desk_integration(
        &self,
        id: impl Into<String>,
        body: models::ServiceDeskIntegrationDto,
    ) -> PutServiceDeskIntegration {
        PutServiceDeskIntegration {
            client: self.client.clone(),
            id: id.into(),
            body,
        }
    }
    /// Update the time check configuration
    ///
    /// Update the time check configuration of queued SDIM tickets.
    ///
    /// `PUT /service-desk-integrations/status-check-configuration` (operation `updateStatusCheckDetails`).
    ///
    /// Arguments:
    ///
    /// - `body`: The modified time check configuration
    pub fn update_status_check_details(
        &self,
        body: models::QueuedCheckConfigDetails,
    ) -> UpdateStatusCheckDetails {
        UpdateStatusCheckDetails {
            client: self.client.clone(),
            body,
        }
    }
}
/// Request builder of [`ServiceDeskIntegrationApi::create_service_desk_integration`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct CreateServiceDeskIntegration {
    client: crate::Client,
    body: models::ServiceDeskIntegrationDto,
}
impl CreateServiceDeskIntegration {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = "/service-desk-integrations".to_string();
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
        Output = runtime::Result<models::ServiceDeskIntegrationDto>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    CreateServiceDeskIntegration, models::ServiceDeskIntegrationDto,
    CreateServiceDeskIntegrationError
);
/// The errors of [`CreateServiceDeskIntegration`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type CreateServiceDeskIntegrationError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`ServiceDeskIntegrationApi::delete_service_desk_integration`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct DeleteServiceDeskIntegration {
    client: crate::Client,
    id: String,
}
impl DeleteServiceDeskIntegration {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/service-desk-integrations/",
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
    DeleteServiceDeskIntegration, (), DeleteServiceDeskIntegrationError
);
/// The errors of [`DeleteServiceDeskIntegration`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type DeleteServiceDeskIntegrationError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`ServiceDeskIntegrationApi::get_service_desk_integration`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetServiceDeskIntegration {
    client: crate::Client,
    id: String,
}
impl GetServiceDeskIntegration {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/service-desk-integrations/",
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
        Output = runtime::Result<models::ServiceDeskIntegrationDto>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    GetServiceDeskIntegration, models::ServiceDeskIntegrationDto,
    GetServiceDeskIntegrationError
);
/// The errors of [`GetServiceDeskIntegration`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type GetServiceDeskIntegrationError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`ServiceDeskIntegrationApi::get_service_desk_integration_template`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetServiceDeskIntegrationTemplate {
    client: crate::Client,
    script_name: String,
}
impl GetServiceDeskIntegrationTemplate {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/service-desk-integrations/templates/",
            &runtime::encode::path_param(&self.script_name, false)?,
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
        Output = runtime::Result<models::ServiceDeskIntegrationTemplateDto>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    GetServiceDeskIntegrationTemplate, models::ServiceDeskIntegrationTemplateDto,
    GetServiceDeskIntegrationTemplateError
);
/// The errors of [`GetServiceDeskIntegrationTemplate`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type GetServiceDeskIntegrationTemplateError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`ServiceDeskIntegrationApi::get_service_desk_integration_types`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetServiceDeskIntegrationTypes {
    client: crate::Client,
}
impl GetServiceDeskIntegrationTypes {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = "/service-desk-integrations/types".to_string();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(runtime::Method::GET, crate::BASE_PATH, path)
            .product(crate::PRODUCT);
        req = req.accept("application/json")?;
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<Vec<models::ServiceDeskIntegrationTemplateType>>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    GetServiceDeskIntegrationTypes, Vec < models::ServiceDeskIntegrationTemplateType >,
    GetServiceDeskIntegrationTypesError
);
/// The errors of [`GetServiceDeskIntegrationTypes`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type GetServiceDeskIntegrationTypesError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`ServiceDeskIntegrationApi::get_service_desk_integrations`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetServiceDeskIntegrations {
    client: crate::Client,
    offset: Option<i32>,
    limit: Option<i32>,
    sorters: Option<String>,
    filters: Option<String>,
    count: Option<bool>,
}
impl GetServiceDeskIntegrations {
    /// Offset into the full result set. Usually specified with *limit* to paginate through the results.
    /// See [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters) for more information.
    ///
    /// Default: `0`.
    ///
    /// Example: `0`.
    pub fn offset(mut self, value: i32) -> Self {
        self.offset = Some(value);
        self
    }
    /// Max number of results to return.
    /// See [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters) for more information.
    ///
    /// Default: `250`.
    ///
    /// Example: `250`.
    pub fn limit(mut self, value: i32) -> Self {
        self.limit = Some(value);
        self
    }
    /// Sort results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#sorting-results)
    ///
    /// Sorting is supported for the following fields: **name**
    ///
    /// Example: `"name"`.
    pub fn sorters(mut self, value: impl Into<String>) -> Self {
        self.sorters = Some(value.into());
        self
    }
    /// Filter results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#filtering-results)
    ///
    /// Filtering is supported for the following fields and operators:
    ///
    /// **id**: *eq, in*
    ///
    /// **name**: *eq*
    ///
    /// **type**: *eq, in*
    ///
    /// **cluster**: *eq, in*
    ///
    /// Example: `"name eq \"John Doe\""`.
    pub fn filters(mut self, value: impl Into<String>) -> Self {
        self.filters = Some(value.into());
        self
    }
    /// If *true* it will populate the *X-Total-Count* response header with the number of results that would be returned if *limit* and *offset* were ignored.
    ///
    /// Since requesting a total count can have a performance impact, it is recommended not to send **count=true** if that value will not be used.
    ///
    /// See [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters) for more information.
    ///
    /// Default: `false`.
    ///
    /// Example: `true`.
    pub fn count(mut self, value: bool) -> Self {
        self.count = Some(value);
        self
    }
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = "/service-desk-integrations".to_string();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(runtime::Method::GET, crate::BASE_PATH, path)
            .product(crate::PRODUCT);
        if let Some(v) = &self.offset {
            req = req.query("offset", v, "form", true)?;
        }
        if let Some(v) = &self.limit {
            req = req.query("limit", v, "form", true)?;
        }
        if let Some(v) = &self.sorters {
            req = req.query("sorters", v, "form", true)?;
        }
        if let Some(v) = &self.filters {
            req = req.query("filters", v, "form", true)?;
        }
        if let Some(v) = &self.count {
            req = req.query("count", v, "form", true)?;
        }
        req = req.accept("application/json")?;
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<Vec<models::ServiceDeskIntegrationDto>>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
    /// Every item of the list, fetching pages lazily (`limit` items per page, clamped to the documented maximum, from `offset`). The stream ends after a short page, at `X-Total-Count` when the request asks for the total, or when the server answers that the offset after a full last page is invalid.
    pub fn stream(
        self,
    ) -> runtime::BoxStream<
        'static,
        runtime::Result<models::ServiceDeskIntegrationDto>,
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
        runtime::Result<models::ServiceDeskIntegrationDto>,
    > {
        self.paged(Some(max_items))
    }
    fn paged(
        self,
        max_items: Option<u64>,
    ) -> runtime::BoxStream<
        'static,
        runtime::Result<models::ServiceDeskIntegrationDto>,
    > {
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
    GetServiceDeskIntegrations, Vec < models::ServiceDeskIntegrationDto >,
    GetServiceDeskIntegrationsError
);
/// The errors of [`GetServiceDeskIntegrations`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type GetServiceDeskIntegrationsError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`ServiceDeskIntegrationApi::get_status_check_details`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetStatusCheckDetails {
    client: crate::Client,
}
impl GetStatusCheckDetails {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = "/service-desk-integrations/status-check-configuration".to_string();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(runtime::Method::GET, crate::BASE_PATH, path)
            .product(crate::PRODUCT);
        req = req.accept("application/json")?;
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<models::QueuedCheckConfigDetails>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    GetStatusCheckDetails, models::QueuedCheckConfigDetails, GetStatusCheckDetailsError
);
/// The errors of [`GetStatusCheckDetails`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type GetStatusCheckDetailsError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`ServiceDeskIntegrationApi::patch_service_desk_integration`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct PatchServiceDeskIntegration {
    client: crate::Client,
    id: String,
    body: Vec<models::JsonPatchOperation>,
}
impl PatchServiceDeskIntegration {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/service-desk-integrations/",
            &runtime::encode::path_param(&self.id, false)?,
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
        Output = runtime::Result<models::ServiceDeskIntegrationDto>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    PatchServiceDeskIntegration, models::ServiceDeskIntegrationDto,
    PatchServiceDeskIntegrationError
);
/// The errors of [`PatchServiceDeskIntegration`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type PatchServiceDeskIntegrationError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`ServiceDeskIntegrationApi::put_service_desk_integration`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct PutServiceDeskIntegration {
    client: crate::Client,
    id: String,
    body: models::ServiceDeskIntegrationDto,
}
impl PutServiceDeskIntegration {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/service-desk-integrations/",
            &runtime::encode::path_param(&self.id, false)?,
        ]
            .concat();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(runtime::Method::PUT, crate::BASE_PATH, path)
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
        Output = runtime::Result<models::ServiceDeskIntegrationDto>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    PutServiceDeskIntegration, models::ServiceDeskIntegrationDto,
    PutServiceDeskIntegrationError
);
/// The errors of [`PutServiceDeskIntegration`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type PutServiceDeskIntegrationError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`ServiceDeskIntegrationApi::update_status_check_details`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct UpdateStatusCheckDetails {
    client: crate::Client,
    body: models::QueuedCheckConfigDetails,
}
impl UpdateStatusCheckDetails {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = "/service-desk-integrations/status-check-configuration".to_string();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(runtime::Method::PUT, crate::BASE_PATH, path)
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
        Output = runtime::Result<models::QueuedCheckConfigDetails>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    UpdateStatusCheckDetails, models::QueuedCheckConfigDetails,
    UpdateStatusCheckDetailsError
);
/// The errors of [`UpdateStatusCheckDetails`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type UpdateStatusCheckDetailsError = crate::errors::Error400_401_403_404_429_500;
