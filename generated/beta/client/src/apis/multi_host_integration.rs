//! Operations tagged `Multi-Host Integration`.
//!
//! Use this API to build a Multi-Host Integration.
//! Multi-Host Integration will help customers to configure and manage similar type of target system in Identity Security Cloud.
//! In Identity Security Cloud, administrators can create a Multi-Host Integration by going to Admin &gt; Connections &gt; Multi-Host Sources and selecting 'Create.'
#[allow(unused_imports)]
use crate::{models, runtime};
/// Operations tagged `Multi-Host Integration`; get it with the client's accessor.
#[derive(Debug, Clone)]
pub struct MultiHostIntegrationApi {
    client: crate::Client,
}
impl MultiHostIntegrationApi {
    pub(crate) fn new(client: crate::Client) -> Self {
        MultiHostIntegrationApi { client }
    }
    /// Create multi-host integration
    ///
    /// This API is used to create Multi-Host Integration. Multi-host Integration holds similar types of sources.
    ///
    /// A token with Org Admin or Multi-Host Admin authority is required to access this endpoint.
    ///
    /// `POST /multihosts` (operation `createMultiHostIntegration`).
    ///
    /// Arguments:
    ///
    /// - `body`: The specifics of the Multi-Host Integration to create
    pub fn create_multi_host_integration(
        &self,
        body: models::MultiHostIntegrationsCreate,
    ) -> CreateMultiHostIntegration {
        CreateMultiHostIntegration {
            client: self.client.clone(),
            body,
        }
    }
    /// Create sources within multi-host integration
    ///
    /// This API is used to create sources within Multi-Host Integration. Multi-Host Integration holds similar types of sources.
    ///
    /// A token with Org Admin or Multi-Host Admin authority is required to access this endpoint.
    ///
    /// `POST /multihosts/{multihostId}` (operation `createSourcesWithinMultiHost`).
    ///
    /// Arguments:
    ///
    /// - `multihost_id`: ID of the Multi-Host Integration.
    /// - `body`: The specifics of the sources to create within Multi-Host Integration.
    pub fn create_sources_within_multi_host(
        &self,
        multihost_id: impl Into<String>,
        body: Vec<models::MultiHostIntegrationsCreateSources>,
    ) -> CreateSourcesWithinMultiHost {
        CreateSourcesWithinMultiHost {
            client: self.client.clone(),
            multihost_id: multihost_id.into(),
            body,
        }
    }
    /// Delete multi-host integration
    ///
    /// Delete an existing Multi-Host Integration by ID.
    ///
    /// A token with Org Admin or Multi Host Admin authority is required to access this endpoint.
    ///
    /// `DELETE /multihosts/{multihostId}` (operation `deleteMultiHost`).
    ///
    /// Arguments:
    ///
    /// - `multihost_id`: ID of Multi-Host Integration to delete.
    pub fn delete_multi_host(&self, multihost_id: impl Into<String>) -> DeleteMultiHost {
        DeleteMultiHost {
            client: self.client.clone(),
            multihost_id: multihost_id.into(),
        }
    }
    /// Get account aggregation groups within multi-host integration id
    ///
    /// This API will return array of account aggregation groups within provided Multi-Host Integration ID.
    ///
    /// A token with Org Admin or Multi-Host Admin authority is required to access this endpoint.
    ///
    /// `GET /multihosts/{multihostId}/acctAggregationGroups` (operation `getAcctAggregationGroups`).
    ///
    /// Arguments:
    ///
    /// - `multihost_id`: ID of the Multi-Host Integration to update
    pub fn get_acct_aggregation_groups(
        &self,
        multihost_id: impl Into<String>,
    ) -> GetAcctAggregationGroups {
        GetAcctAggregationGroups {
            client: self.client.clone(),
            multihost_id: multihost_id.into(),
        }
    }
    /// Get entitlement aggregation groups within multi-host integration id
    ///
    /// This API will return array of aggregation groups within provided Multi-Host Integration ID.
    ///
    /// A token with Org Admin or Multi-Host Admin authority is required to access this endpoint.
    ///
    /// `GET /multihosts/{multiHostId}/entitlementAggregationGroups` (operation `getEntitlementAggregationGroups`).
    ///
    /// Arguments:
    ///
    /// - `multi_host_id`: ID of the Multi-Host Integration to update
    pub fn get_entitlement_aggregation_groups(
        &self,
        multi_host_id: impl Into<String>,
    ) -> GetEntitlementAggregationGroups {
        GetEntitlementAggregationGroups {
            client: self.client.clone(),
            multi_host_id: multi_host_id.into(),
        }
    }
    /// Get multi-host integration by id
    ///
    /// Get an existing Multi-Host Integration.
    ///
    /// A token with Org Admin or Multi-Host Integration Admin authority is required to access this endpoint.
    ///
    /// `GET /multihosts/{multihostId}` (operation `getMultiHostIntegrations`).
    ///
    /// Arguments:
    ///
    /// - `multihost_id`: ID of the Multi-Host Integration.
    pub fn get_multi_host_integrations(
        &self,
        multihost_id: impl Into<String>,
    ) -> GetMultiHostIntegrations {
        GetMultiHostIntegrations {
            client: self.client.clone(),
            multihost_id: multihost_id.into(),
        }
    }
    /// List all existing multi-host integrations
    ///
    /// Get a list of Multi-Host Integrations.
    ///
    /// A token with Org Admin or Multi-Host Admin authority is required to access this endpoint.
    ///
    /// `GET /multihosts` (operation `getMultiHostIntegrationsList`).
    pub fn get_multi_host_integrations_list(&self) -> GetMultiHostIntegrationsList {
        GetMultiHostIntegrationsList {
            client: self.client.clone(),
            offset: None,
            limit: None,
            sorters: None,
            filters: None,
            count: None,
            for_subadmin: None,
        }
    }
    /// List multi-host source creation errors
    ///
    /// Get a list of sources creation errors within Multi-Host Integration ID.
    ///
    /// A token with Org Admin or Multi-Host Admin authority is required to access this endpoint.
    ///
    /// `GET /multihosts/{multiHostId}/sources/errors` (operation `getMultiHostSourceCreationErrors`).
    ///
    /// Arguments:
    ///
    /// - `multi_host_id`: ID of the Multi-Host Integration
    pub fn get_multi_host_source_creation_errors(
        &self,
        multi_host_id: impl Into<String>,
    ) -> GetMultiHostSourceCreationErrors {
        GetMultiHostSourceCreationErrors {
            client: self.client.clone(),
            multi_host_id: multi_host_id.into(),
        }
    }
    /// List multi-host integration types
    ///
    /// This API endpoint returns the current list of supported Multi-Host Integration types.
    ///
    /// A token with Org Admin or Multi-Host Admin authority is required to access this endpoint.
    ///
    /// `GET /multihosts/types` (operation `getMultihostIntegrationTypes`).
    pub fn get_multihost_integration_types(&self) -> GetMultihostIntegrationTypes {
        GetMultihostIntegrationTypes {
            client: self.client.clone(),
        }
    }
    /// List sources within multi-host integration
    ///
    /// Get a list of sources within Multi-Host Integration ID.
    ///
    /// A token with Org Admin or Multi-Host Admin authority is required to access this endpoint.
    ///
    /// `GET /multihosts/{multihostId}/sources` (operation `getSourcesWithinMultiHost`).
    ///
    /// Arguments:
    ///
    /// - `multihost_id`: ID of the Multi-Host Integration to update
    pub fn get_sources_within_multi_host(
        &self,
        multihost_id: impl Into<String>,
    ) -> GetSourcesWithinMultiHost {
        GetSourcesWithinMultiHost {
            client: self.client.clone(),
            multihost_id: multihost_id.into(),
            offset: None,
            limit: None,
            sorters: None,
            filters: None,
            count: None,
        }
    }
    /// Test configuration for multi-host integration
    ///
    /// This endpoint performs a more detailed validation of the Multi-Host Integration's configuration.
    ///
    /// A token with Org Admin or Multi-Host Admin authority is required to access this endpoint.
    ///
    /// `POST /multihosts/{multihostId}/sources/testConnection` (operation `testConnectionMultiHostSources`).
    ///
    /// Arguments:
    ///
    /// - `multihost_id`: ID of the Multi-Host Integration
    pub fn test_connection_multi_host_sources(
        &self,
        multihost_id: impl Into<String>,
    ) -> TestConnectionMultiHostSources {
        TestConnectionMultiHostSources {
            client: self.client.clone(),
            multihost_id: multihost_id.into(),
        }
    }
    /// Test configuration for multi-host integration's single source
    ///
    /// This endpoint performs a more detailed validation of the source's configuration.
    ///
    /// A token with Org Admin or Multi-Host Admin authority is required to access this endpoint.
    ///
    /// `GET /multihosts/{multihostId}/sources/{sourceId}/testConnection` (operation `testSourceConnectionMultihost`).
    ///
    /// Arguments:
    ///
    /// - `multihost_id`: ID of the Multi-Host Integration
    /// - `source_id`: ID of the source within the Multi-Host Integration
    pub fn test_source_connection_multihost(
        &self,
        multihost_id: impl Into<String>,
        source_id: impl Into<String>,
    ) -> TestSourceConnectionMultihost {
        TestSourceConnectionMultihost {
            client: self.client.clone(),
            multihost_id: multihost_id.into(),
            source_id: source_id.into(),
        }
    }
    /// Update multi-host integration
    ///
    /// Update existing sources within Multi-Host Integration.
    ///
    /// A token with Org Admin or Multi-Host Admin authority is required to access this endpoint.
    ///
    /// `PATCH /multihosts/{multihostId}` (operation `updateMultiHostSources`).
    ///
    /// Arguments:
    ///
    /// - `multihost_id`: ID of the Multi-Host Integration to update.
    /// - `body`: This endpoint allows you to update a Multi-Host Integration.
    pub fn update_multi_host_sources(
        &self,
        multihost_id: impl Into<String>,
        body: Vec<models::UpdateMultiHostSourcesRequestItem>,
    ) -> UpdateMultiHostSources {
        UpdateMultiHostSources {
            client: self.client.clone(),
            multihost_id: multihost_id.into(),
            body,
        }
    }
}
/// Request builder of [`MultiHostIntegrationApi::create_multi_host_integration`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct CreateMultiHostIntegration {
    client: crate::Client,
    body: models::MultiHostIntegrationsCreate,
}
impl CreateMultiHostIntegration {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = "/multihosts".to_string();
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
        Output = runtime::Result<models::MultiHostIntegrations>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    CreateMultiHostIntegration, models::MultiHostIntegrations,
    CreateMultiHostIntegrationError
);
/// The errors of [`CreateMultiHostIntegration`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type CreateMultiHostIntegrationError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`MultiHostIntegrationApi::create_sources_within_multi_host`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct CreateSourcesWithinMultiHost {
    client: crate::Client,
    multihost_id: String,
    body: Vec<models::MultiHostIntegrationsCreateSources>,
}
impl CreateSourcesWithinMultiHost {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/multihosts/",
            &runtime::encode::path_param(&self.multihost_id, false)?,
        ]
            .concat();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(
                runtime::Method::POST,
                crate::BASE_PATH,
                path,
            )
            .product(crate::PRODUCT);
        {
            let body = &self.body;
            req = req.json(body)?;
        }
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<Output = runtime::Result<()>> + Send + 'static {
        resp.empty()
    }
}
runtime::send_methods!(
    CreateSourcesWithinMultiHost, (), CreateSourcesWithinMultiHostError
);
/// The errors of [`CreateSourcesWithinMultiHost`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type CreateSourcesWithinMultiHostError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`MultiHostIntegrationApi::delete_multi_host`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct DeleteMultiHost {
    client: crate::Client,
    multihost_id: String,
}
impl DeleteMultiHost {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/multihosts/",
            &runtime::encode::path_param(&self.multihost_id, false)?,
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
runtime::send_methods!(DeleteMultiHost, (), DeleteMultiHostError);
/// The errors of [`DeleteMultiHost`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type DeleteMultiHostError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`MultiHostIntegrationApi::get_acct_aggregation_groups`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetAcctAggregationGroups {
    client: crate::Client,
    multihost_id: String,
}
impl GetAcctAggregationGroups {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/multihosts/",
            &runtime::encode::path_param(&self.multihost_id, false)?,
            "/acctAggregationGroups",
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
        Output = runtime::Result<models::GetAcctAggregationGroupsResponse>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    GetAcctAggregationGroups, models::GetAcctAggregationGroupsResponse,
    GetAcctAggregationGroupsError
);
/// The errors of [`GetAcctAggregationGroups`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type GetAcctAggregationGroupsError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`MultiHostIntegrationApi::get_entitlement_aggregation_groups`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetEntitlementAggregationGroups {
    client: crate::Client,
    multi_host_id: String,
}
impl GetEntitlementAggregationGroups {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/multihosts/",
            &runtime::encode::path_param(&self.multi_host_id, false)?,
            "/entitlementAggregationGroups",
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
        Output = runtime::Result<models::GetAcctAggregationGroupsResponse>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    GetEntitlementAggregationGroups, models::GetAcctAggregationGroupsResponse,
    GetEntitlementAggregationGroupsError
);
/// The errors of [`GetEntitlementAggregationGroups`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type GetEntitlementAggregationGroupsError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`MultiHostIntegrationApi::get_multi_host_integrations`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetMultiHostIntegrations {
    client: crate::Client,
    multihost_id: String,
}
impl GetMultiHostIntegrations {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/multihosts/",
            &runtime::encode::path_param(&self.multihost_id, false)?,
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
        Output = runtime::Result<models::MultiHostIntegrations>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    GetMultiHostIntegrations, models::MultiHostIntegrations,
    GetMultiHostIntegrationsError
);
/// The errors of [`GetMultiHostIntegrations`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type GetMultiHostIntegrationsError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`MultiHostIntegrationApi::get_multi_host_integrations_list`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetMultiHostIntegrationsList {
    client: crate::Client,
    offset: Option<i32>,
    limit: Option<i32>,
    sorters: Option<String>,
    filters: Option<String>,
    count: Option<bool>,
    for_subadmin: Option<String>,
}
impl GetMultiHostIntegrationsList {
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
    /// **type**: *in*
    ///
    /// **forSubAdminId**: *in*
    ///
    /// Example: `"id eq 2c91808b6ef1d43e016efba0ce470904"`.
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
    /// If provided, filters the returned list according to what is visible to the indicated ROLE_SUBADMIN Identity or SOURCE_SUBADMIN identity.
    ///
    /// The value of the parameter is either an Identity ID, or the special value **me**, which is shorthand for the calling Identity's ID.
    ///
    /// A 400 Bad Request error is returned if the **for-subadmin** parameter is specified for an Identity that is not a subadmin.
    ///
    /// Example: `"5168015d32f890ca15812c9180835d2e"`.
    pub fn for_subadmin(mut self, value: impl Into<String>) -> Self {
        self.for_subadmin = Some(value.into());
        self
    }
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = "/multihosts".to_string();
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
        if let Some(v) = &self.for_subadmin {
            req = req.query("for-subadmin", v, "form", true)?;
        }
        req = req.accept("application/json")?;
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<Vec<models::MultiHostIntegrations>>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
    /// Every item of the list, fetching pages lazily (`limit` items per page, clamped to the documented maximum, from `offset`). The stream ends after a short page, at `X-Total-Count` when the request asks for the total, or when the server answers that the offset after a full last page is invalid.
    pub fn stream(
        self,
    ) -> runtime::BoxStream<'static, runtime::Result<models::MultiHostIntegrations>> {
        self.paged(None)
    }
    /// Like [`Self::stream`], ending after at most `max_items` items (the last page asks
    /// only for what is still wanted); the page size stays `limit`.
    pub fn stream_at_most(
        self,
        max_items: u64,
    ) -> runtime::BoxStream<'static, runtime::Result<models::MultiHostIntegrations>> {
        self.paged(Some(max_items))
    }
    fn paged(
        self,
        max_items: Option<u64>,
    ) -> runtime::BoxStream<'static, runtime::Result<models::MultiHostIntegrations>> {
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
    GetMultiHostIntegrationsList, Vec < models::MultiHostIntegrations >,
    GetMultiHostIntegrationsListError
);
/// The errors of [`GetMultiHostIntegrationsList`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type GetMultiHostIntegrationsListError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`MultiHostIntegrationApi::get_multi_host_source_creation_errors`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetMultiHostSourceCreationErrors {
    client: crate::Client,
    multi_host_id: String,
}
impl GetMultiHostSourceCreationErrors {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/multihosts/",
            &runtime::encode::path_param(&self.multi_host_id, false)?,
            "/sources/errors",
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
        Output = runtime::Result<Vec<models::SourceCreationErrors>>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    GetMultiHostSourceCreationErrors, Vec < models::SourceCreationErrors >,
    GetMultiHostSourceCreationErrorsError
);
/// The errors of [`GetMultiHostSourceCreationErrors`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type GetMultiHostSourceCreationErrorsError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`MultiHostIntegrationApi::get_multihost_integration_types`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetMultihostIntegrationTypes {
    client: crate::Client,
}
impl GetMultihostIntegrationTypes {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = "/multihosts/types".to_string();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(runtime::Method::GET, crate::BASE_PATH, path)
            .product(crate::PRODUCT);
        req = req.accept("application/json")?;
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<Vec<models::MultiHostIntegrationTemplateType>>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    GetMultihostIntegrationTypes, Vec < models::MultiHostIntegrationTemplateType >,
    GetMultihostIntegrationTypesError
);
/// The errors of [`GetMultihostIntegrationTypes`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type GetMultihostIntegrationTypesError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`MultiHostIntegrationApi::get_sources_within_multi_host`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetSourcesWithinMultiHost {
    client: crate::Client,
    multihost_id: String,
    offset: Option<i32>,
    limit: Option<i32>,
    sorters: Option<String>,
    filters: Option<String>,
    count: Option<bool>,
}
impl GetSourcesWithinMultiHost {
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
    /// **id**: *in*
    ///
    /// Example: `"id eq 2c91808b6ef1d43e016efba0ce470904"`.
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
        let path = [
            "/multihosts/",
            &runtime::encode::path_param(&self.multihost_id, false)?,
            "/sources",
        ]
            .concat();
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
        Output = runtime::Result<Vec<models::MultiHostSources>>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
    /// Every item of the list, fetching pages lazily (`limit` items per page, clamped to the documented maximum, from `offset`). The stream ends after a short page, at `X-Total-Count` when the request asks for the total, or when the server answers that the offset after a full last page is invalid.
    pub fn stream(
        self,
    ) -> runtime::BoxStream<'static, runtime::Result<models::MultiHostSources>> {
        self.paged(None)
    }
    /// Like [`Self::stream`], ending after at most `max_items` items (the last page asks
    /// only for what is still wanted); the page size stays `limit`.
    pub fn stream_at_most(
        self,
        max_items: u64,
    ) -> runtime::BoxStream<'static, runtime::Result<models::MultiHostSources>> {
        self.paged(Some(max_items))
    }
    fn paged(
        self,
        max_items: Option<u64>,
    ) -> runtime::BoxStream<'static, runtime::Result<models::MultiHostSources>> {
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
    GetSourcesWithinMultiHost, Vec < models::MultiHostSources >,
    GetSourcesWithinMultiHostError
);
/// The errors of [`GetSourcesWithinMultiHost`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type GetSourcesWithinMultiHostError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`MultiHostIntegrationApi::test_connection_multi_host_sources`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct TestConnectionMultiHostSources {
    client: crate::Client,
    multihost_id: String,
}
impl TestConnectionMultiHostSources {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/multihosts/",
            &runtime::encode::path_param(&self.multihost_id, false)?,
            "/sources/testConnection",
        ]
            .concat();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(
                runtime::Method::POST,
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
    TestConnectionMultiHostSources, (), TestConnectionMultiHostSourcesError
);
/// The errors of [`TestConnectionMultiHostSources`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type TestConnectionMultiHostSourcesError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`MultiHostIntegrationApi::test_source_connection_multihost`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct TestSourceConnectionMultihost {
    client: crate::Client,
    multihost_id: String,
    source_id: String,
}
impl TestSourceConnectionMultihost {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/multihosts/",
            &runtime::encode::path_param(&self.multihost_id, false)?,
            "/sources/",
            &runtime::encode::path_param(&self.source_id, false)?,
            "/testConnection",
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
        Output = runtime::Result<models::TestSourceConnectionMultihostResponse>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    TestSourceConnectionMultihost, models::TestSourceConnectionMultihostResponse,
    TestSourceConnectionMultihostError
);
/// The errors of [`TestSourceConnectionMultihost`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type TestSourceConnectionMultihostError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`MultiHostIntegrationApi::update_multi_host_sources`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct UpdateMultiHostSources {
    client: crate::Client,
    multihost_id: String,
    body: Vec<models::UpdateMultiHostSourcesRequestItem>,
}
impl UpdateMultiHostSources {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/multihosts/",
            &runtime::encode::path_param(&self.multihost_id, false)?,
        ]
            .concat();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(
                runtime::Method::PATCH,
                crate::BASE_PATH,
                path,
            )
            .product(crate::PRODUCT);
        {
            let body = &self.body;
            req = req.json_as("application/json-patch+json", body)?;
        }
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<Output = runtime::Result<()>> + Send + 'static {
        resp.empty()
    }
}
runtime::send_methods!(UpdateMultiHostSources, (), UpdateMultiHostSourcesError);
/// The errors of [`UpdateMultiHostSources`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type UpdateMultiHostSourcesError = crate::errors::Error400_401_403_404_429_500;
