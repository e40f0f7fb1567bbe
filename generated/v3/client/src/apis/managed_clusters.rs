//! Operations tagged `Managed Clusters`.
//!
//! Use this API to implement managed cluster functionality.
//! With this functionality in place, administrators can modify and delete existing managed clients, get their statuses, and create new ones.
#[allow(unused_imports)]
use crate::{models, runtime};
/// Operations tagged `Managed Clusters`; get it with the client's accessor.
#[derive(Debug, Clone)]
pub struct ManagedClustersApi {
    client: crate::Client,
}
impl ManagedClustersApi {
    pub(crate) fn new(client: crate::Client) -> Self {
        ManagedClustersApi { client }
    }
    /// Create create managed cluster
    ///
    /// Create a new Managed Cluster.
    /// The API returns a result that includes the managed cluster ID.
    ///
    /// `POST /managed-clusters` (operation `createManagedCluster`).
    ///
    /// Arguments:
    ///
    /// - `body`: The request body (`application/json`).
    pub fn create_managed_cluster(
        &self,
        body: models::ManagedClusterRequest,
    ) -> CreateManagedCluster {
        CreateManagedCluster {
            client: self.client.clone(),
            body,
        }
    }
    /// Delete managed cluster
    ///
    /// Delete an existing managed cluster.
    ///
    /// `DELETE /managed-clusters/{id}` (operation `deleteManagedCluster`).
    ///
    /// Arguments:
    ///
    /// - `id`: Managed cluster ID. Example: `"2c9180897de347a2017de8859e8c5039"`.
    pub fn delete_managed_cluster(&self, id: impl Into<String>) -> DeleteManagedCluster {
        DeleteManagedCluster {
            client: self.client.clone(),
            id: id.into(),
            remove_clients: None,
        }
    }
    /// Get managed cluster log configuration
    ///
    /// Get a managed cluster's log configuration.
    ///
    /// `GET /managed-clusters/{id}/log-config` (operation `getClientLogConfiguration`).
    ///
    /// Arguments:
    ///
    /// - `id`: ID of managed cluster to get log configuration for. Example: `"2b838de9-db9b-abcf-e646-d4f274ad4238"`.
    pub fn get_client_log_configuration(&self, id: String) -> GetClientLogConfiguration {
        GetClientLogConfiguration {
            client: self.client.clone(),
            id,
        }
    }
    /// Get managed cluster
    ///
    /// Get a managed cluster by ID.
    ///
    /// `GET /managed-clusters/{id}` (operation `getManagedCluster`).
    ///
    /// Arguments:
    ///
    /// - `id`: Managed cluster ID. Example: `"2c9180897de347a2017de8859e8c5039"`.
    pub fn get_managed_cluster(&self, id: impl Into<String>) -> GetManagedCluster {
        GetManagedCluster {
            client: self.client.clone(),
            id: id.into(),
        }
    }
    /// Get managed clusters
    ///
    /// List current organization's managed clusters, based on request context.
    ///
    /// `GET /managed-clusters` (operation `getManagedClusters`).
    pub fn get_managed_clusters(&self) -> GetManagedClusters {
        GetManagedClusters {
            client: self.client.clone(),
            offset: None,
            limit: None,
            count: None,
            filters: None,
        }
    }
    /// Update managed cluster log configuration
    ///
    /// Update a managed cluster's log configuration. You may only specify one of `durationMinutes` or `expiration`, up to 1440 minutes (24 hours) in the future. If neither is specified, the default value for `durationMinutes` is 240.
    ///
    /// `PUT /managed-clusters/{id}/log-config` (operation `putClientLogConfiguration`).
    ///
    /// Arguments:
    ///
    /// - `id`: ID of the managed cluster to update the log configuration for. Example: `"2b838de9-db9b-abcf-e646-d4f274ad4238"`.
    /// - `body`: Client log configuration for the given managed cluster.
    pub fn put_client_log_configuration(
        &self,
        id: String,
        body: models::PutClientLogConfigurationRequest,
    ) -> PutClientLogConfiguration {
        PutClientLogConfiguration {
            client: self.client.clone(),
            id,
            body,
        }
    }
    /// Update managed cluster
    ///
    /// Update an existing managed cluster.
    ///
    /// `PATCH /managed-clusters/{id}` (operation `updateManagedCluster`).
    ///
    /// Arguments:
    ///
    /// - `id`: Managed cluster ID. Example: `"2c9180897de347a2017de8859e8c5039"`.
    /// - `body`: JSONPatch payload used to update the object.
    pub fn update_managed_cluster(
        &self,
        id: impl Into<String>,
        body: Vec<models::JsonPatchOperation>,
    ) -> UpdateManagedCluster {
        UpdateManagedCluster {
            client: self.client.clone(),
            id: id.into(),
            body,
        }
    }
}
/// Request builder of [`ManagedClustersApi::create_managed_cluster`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct CreateManagedCluster {
    client: crate::Client,
    body: models::ManagedClusterRequest,
}
impl CreateManagedCluster {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = "/managed-clusters".to_string();
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
        Output = runtime::Result<models::ManagedCluster>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    CreateManagedCluster, models::ManagedCluster, CreateManagedClusterError
);
/// The errors of [`CreateManagedCluster`]: [`crate::errors::Error400_401_403_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type CreateManagedClusterError = crate::errors::Error400_401_403_429_500;
/// Request builder of [`ManagedClustersApi::delete_managed_cluster`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct DeleteManagedCluster {
    client: crate::Client,
    id: String,
    remove_clients: Option<bool>,
}
impl DeleteManagedCluster {
    /// Flag to determine the need to delete a cluster with clients.
    ///
    /// Default: `false`.
    ///
    /// Example: `false`.
    pub fn remove_clients(mut self, value: bool) -> Self {
        self.remove_clients = Some(value);
        self
    }
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = ["/managed-clusters/", &runtime::encode::path_param(&self.id, false)?]
            .concat();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(
                runtime::Method::DELETE,
                crate::BASE_PATH,
                path,
            )
            .product(crate::PRODUCT);
        if let Some(v) = &self.remove_clients {
            req = req.query("removeClients", v, "form", true)?;
        }
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<Output = runtime::Result<()>> + Send + 'static {
        resp.empty()
    }
}
runtime::send_methods!(DeleteManagedCluster, (), DeleteManagedClusterError);
/// The errors of [`DeleteManagedCluster`]: [`crate::errors::Error400_401_403_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type DeleteManagedClusterError = crate::errors::Error400_401_403_429_500;
/// Request builder of [`ManagedClustersApi::get_client_log_configuration`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetClientLogConfiguration {
    client: crate::Client,
    id: String,
}
impl GetClientLogConfiguration {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/managed-clusters/",
            &runtime::encode::path_param(&self.id, false)?,
            "/log-config",
        ]
            .concat();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(runtime::Method::GET, crate::BASE_PATH, path)
            .product(crate::PRODUCT);
        req = req.accept("application/json")?;
        Ok(req)
    }
    async fn decode(
        resp: runtime::Response,
    ) -> runtime::Result<GetClientLogConfigurationResponse> {
        Ok(
            match resp.status().as_u16() {
                200 => {
                    GetClientLogConfigurationResponse::Status200(
                        resp.json_with(crate::decode_body).await?,
                    )
                }
                204 => {
                    resp.empty().await?;
                    GetClientLogConfigurationResponse::Status204
                }
                _ => {
                    GetClientLogConfigurationResponse::Status200(
                        resp.json_with(crate::decode_body).await?,
                    )
                }
            },
        )
    }
}
runtime::send_methods!(
    GetClientLogConfiguration, GetClientLogConfigurationResponse,
    GetClientLogConfigurationError
);
/// The errors of [`GetClientLogConfiguration`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type GetClientLogConfigurationError = crate::errors::Error400_401_403_404_429_500;
/// The successful answers of \[`GetClientLogConfiguration`\], by status.
#[derive(Debug, Clone)]
pub enum GetClientLogConfigurationResponse {
    /// HTTP 200.
    Status200(Option<models::ClientLogConfiguration>),
    /// HTTP 204.
    Status204,
}
/// Request builder of [`ManagedClustersApi::get_managed_cluster`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetManagedCluster {
    client: crate::Client,
    id: String,
}
impl GetManagedCluster {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = ["/managed-clusters/", &runtime::encode::path_param(&self.id, false)?]
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
        Output = runtime::Result<models::ManagedCluster>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    GetManagedCluster, models::ManagedCluster, GetManagedClusterError
);
/// The errors of [`GetManagedCluster`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type GetManagedClusterError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`ManagedClustersApi::get_managed_clusters`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetManagedClusters {
    client: crate::Client,
    offset: Option<i32>,
    limit: Option<i32>,
    count: Option<bool>,
    filters: Option<String>,
}
impl GetManagedClusters {
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
    /// Filter results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#filtering-results)
    ///
    /// Filtering is supported for the following fields and operators:
    ///
    /// **operational**: *eq*
    ///
    /// **name**: *eq*
    ///
    /// **type**: *eq*
    ///
    /// **status**: *eq*
    ///
    /// Example: `"operational eq \"operation\""`.
    pub fn filters(mut self, value: impl Into<String>) -> Self {
        self.filters = Some(value.into());
        self
    }
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = "/managed-clusters".to_string();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(runtime::Method::GET, crate::BASE_PATH, path)
            .product(crate::PRODUCT);
        if let Some(v) = &self.offset {
            req = req.query("offset", v, "form", true)?;
        }
        if let Some(v) = &self.limit {
            req = req.query("limit", v, "form", true)?;
        }
        if let Some(v) = &self.count {
            req = req.query("count", v, "form", true)?;
        }
        if let Some(v) = &self.filters {
            req = req.query("filters", v, "form", true)?;
        }
        req = req.accept("application/json")?;
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<Vec<models::ManagedCluster>>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
    /// Every item of the list, fetching pages lazily (`limit` items per page, clamped to the documented maximum, from `offset`). The stream ends after a short page, at `X-Total-Count` when the request asks for the total, or when the server answers that the offset after a full last page is invalid.
    pub fn stream(
        self,
    ) -> runtime::BoxStream<'static, runtime::Result<models::ManagedCluster>> {
        self.paged(None)
    }
    /// Like [`Self::stream`], ending after at most `max_items` items (the last page asks
    /// only for what is still wanted); the page size stays `limit`.
    pub fn stream_at_most(
        self,
        max_items: u64,
    ) -> runtime::BoxStream<'static, runtime::Result<models::ManagedCluster>> {
        self.paged(Some(max_items))
    }
    fn paged(
        self,
        max_items: Option<u64>,
    ) -> runtime::BoxStream<'static, runtime::Result<models::ManagedCluster>> {
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
    GetManagedClusters, Vec < models::ManagedCluster >, GetManagedClustersError
);
/// The errors of [`GetManagedClusters`]: [`crate::errors::Error400_401_403_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type GetManagedClustersError = crate::errors::Error400_401_403_429_500;
/// Request builder of [`ManagedClustersApi::put_client_log_configuration`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct PutClientLogConfiguration {
    client: crate::Client,
    id: String,
    body: models::PutClientLogConfigurationRequest,
}
impl PutClientLogConfiguration {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/managed-clusters/",
            &runtime::encode::path_param(&self.id, false)?,
            "/log-config",
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
        Output = runtime::Result<Option<models::ClientLogConfiguration>>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    PutClientLogConfiguration, Option < models::ClientLogConfiguration >,
    PutClientLogConfigurationError
);
/// The errors of [`PutClientLogConfiguration`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type PutClientLogConfigurationError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`ManagedClustersApi::update_managed_cluster`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct UpdateManagedCluster {
    client: crate::Client,
    id: String,
    body: Vec<models::JsonPatchOperation>,
}
impl UpdateManagedCluster {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = ["/managed-clusters/", &runtime::encode::path_param(&self.id, false)?]
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
        Output = runtime::Result<models::ManagedCluster>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    UpdateManagedCluster, models::ManagedCluster, UpdateManagedClusterError
);
/// The errors of [`UpdateManagedCluster`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type UpdateManagedClusterError = crate::errors::Error400_401_403_404_429_500;
