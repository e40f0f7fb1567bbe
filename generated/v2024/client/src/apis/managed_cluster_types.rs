//! Operations tagged `Managed Cluster Types`.
//!
//! Use this API to implement managed cluster types functionality.
//! With this functionality in place, administrators can modify and delete existing managed cluster types and create new ones.
#[allow(unused_imports)]
use crate::{models, runtime};
/// Operations tagged `Managed Cluster Types`; get it with the client's accessor.
#[derive(Debug, Clone)]
pub struct ManagedClusterTypesApi {
    client: crate::Client,
}
impl ManagedClusterTypesApi {
    pub(crate) fn new(client: crate::Client) -> Self {
        ManagedClusterTypesApi { client }
    }
    /// Create new managed cluster type
    ///
    /// Create a new Managed Cluster Type.
    /// AMS Security: Devops, Internal A token with SaaS Platform Internal or DevOps is required to access this endpoint.
    /// The API returns a result that includes the Managed Cluster Type ID
    ///
    /// `POST /managed-cluster-types` (operation `createManagedClusterType`).
    ///
    /// Arguments:
    ///
    /// - `body`: The request body (`application/json`).
    pub fn create_managed_cluster_type(
        &self,
        body: models::ManagedClusterType,
    ) -> CreateManagedClusterType {
        CreateManagedClusterType {
            client: self.client.clone(),
            body,
        }
    }
    /// Delete a managed cluster type
    ///
    /// Delete an existing Managed Cluster Type.
    /// AMS Security: Devops, Internal A token with SaaS Platform Internal or DevOps is required to access this endpoint.
    ///
    /// `DELETE /managed-cluster-types/{id}` (operation `deleteManagedClusterType`).
    ///
    /// Arguments:
    ///
    /// - `id`: The Managed Cluster Type ID Example: `"aClusterTypeId"`.
    pub fn delete_managed_cluster_type(
        &self,
        id: impl Into<String>,
    ) -> DeleteManagedClusterType {
        DeleteManagedClusterType {
            client: self.client.clone(),
            id: id.into(),
        }
    }
    /// Get a managed cluster type
    ///
    /// Get a Managed Cluster Type.
    /// AMS Security: Devops, Internal A token with SaaS Platform Internal or DevOps is required to access this endpoint.
    ///
    /// `GET /managed-cluster-types/{id}` (operation `getManagedClusterType`).
    ///
    /// Arguments:
    ///
    /// - `id`: The Managed Cluster Type ID Example: `"aClusterTypeId"`.
    pub fn get_managed_cluster_type(
        &self,
        id: impl Into<String>,
    ) -> GetManagedClusterType {
        GetManagedClusterType {
            client: self.client.clone(),
            id: id.into(),
        }
    }
    /// Get managed cluster types
    ///
    /// Get a list of Managed Cluster Types.
    /// AMS Security: Devops, Internal A token with SaaS Platform Internal or DevOps is required to access this endpoint.
    ///
    /// `GET /managed-cluster-types` (operation `getManagedClusterTypes`).
    pub fn get_managed_cluster_types(&self) -> GetManagedClusterTypes {
        GetManagedClusterTypes {
            client: self.client.clone(),
            r#type: None,
            pod: None,
            org: None,
            offset: None,
            limit: None,
        }
    }
    /// Update a managed cluster type
    ///
    /// Update an existing Managed Cluster Type.
    /// AMS Security: Devops, Internal A token with SaaS Platform Internal or DevOps is required to access this endpoint.
    ///
    /// `PATCH /managed-cluster-types/{id}` (operation `updateManagedClusterType`).
    ///
    /// Arguments:
    ///
    /// - `id`: The Managed Cluster Type ID Example: `"aClusterTypeId"`.
    /// - `body`: The JSONPatch payload used to update the schema.
    pub fn update_managed_cluster_type(
        &self,
        id: impl Into<String>,
        body: models::JsonPatch,
    ) -> UpdateManagedClusterType {
        UpdateManagedClusterType {
            client: self.client.clone(),
            id: id.into(),
            body,
        }
    }
}
/// Request builder of [`ManagedClusterTypesApi::create_managed_cluster_type`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct CreateManagedClusterType {
    client: crate::Client,
    body: models::ManagedClusterType,
}
impl CreateManagedClusterType {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = "/managed-cluster-types".to_string();
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
        Output = runtime::Result<models::ManagedClusterType>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    CreateManagedClusterType, models::ManagedClusterType, CreateManagedClusterTypeError
);
/// The errors of [`CreateManagedClusterType`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type CreateManagedClusterTypeError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`ManagedClusterTypesApi::delete_managed_cluster_type`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct DeleteManagedClusterType {
    client: crate::Client,
    id: String,
}
impl DeleteManagedClusterType {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/managed-cluster-types/",
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
runtime::send_methods!(DeleteManagedClusterType, (), DeleteManagedClusterTypeError);
/// The errors of [`DeleteManagedClusterType`]: [`crate::errors::Error400_401_403_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type DeleteManagedClusterTypeError = crate::errors::Error400_401_403_429_500;
/// Request builder of [`ManagedClusterTypesApi::get_managed_cluster_type`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetManagedClusterType {
    client: crate::Client,
    id: String,
}
impl GetManagedClusterType {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/managed-cluster-types/",
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
        Output = runtime::Result<models::ManagedClusterType>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    GetManagedClusterType, models::ManagedClusterType, GetManagedClusterTypeError
);
/// The errors of [`GetManagedClusterType`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type GetManagedClusterTypeError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`ManagedClusterTypesApi::get_managed_cluster_types`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetManagedClusterTypes {
    client: crate::Client,
    r#type: Option<String>,
    pod: Option<String>,
    org: Option<String>,
    offset: Option<i32>,
    limit: Option<i32>,
}
impl GetManagedClusterTypes {
    /// Type descriptor
    pub fn r#type(mut self, value: impl Into<String>) -> Self {
        self.r#type = Some(value.into());
        self
    }
    /// Pinned pod (or default)
    pub fn pod(mut self, value: impl Into<String>) -> Self {
        self.pod = Some(value.into());
        self
    }
    /// Pinned org (or default)
    pub fn org(mut self, value: impl Into<String>) -> Self {
        self.org = Some(value.into());
        self
    }
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
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = "/managed-cluster-types".to_string();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(runtime::Method::GET, crate::BASE_PATH, path)
            .product(crate::PRODUCT);
        if let Some(v) = &self.r#type {
            req = req.query("type", v, "form", true)?;
        }
        if let Some(v) = &self.pod {
            req = req.query("pod", v, "form", true)?;
        }
        if let Some(v) = &self.org {
            req = req.query("org", v, "form", true)?;
        }
        if let Some(v) = &self.offset {
            req = req.query("offset", v, "form", true)?;
        }
        if let Some(v) = &self.limit {
            req = req.query("limit", v, "form", true)?;
        }
        req = req.accept("application/json")?;
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<Vec<models::ManagedClusterType>>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
    /// Every item of the list, fetching pages lazily (`limit` items per page, clamped to the documented maximum, from `offset`). The stream ends after a short page, at `X-Total-Count` when the request asks for the total, or when the server answers that the offset after a full last page is invalid.
    pub fn stream(
        self,
    ) -> runtime::BoxStream<'static, runtime::Result<models::ManagedClusterType>> {
        self.paged(None)
    }
    /// Like [`Self::stream`], ending after at most `max_items` items (the last page asks
    /// only for what is still wanted); the page size stays `limit`.
    pub fn stream_at_most(
        self,
        max_items: u64,
    ) -> runtime::BoxStream<'static, runtime::Result<models::ManagedClusterType>> {
        self.paged(Some(max_items))
    }
    fn paged(
        self,
        max_items: Option<u64>,
    ) -> runtime::BoxStream<'static, runtime::Result<models::ManagedClusterType>> {
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
    GetManagedClusterTypes, Vec < models::ManagedClusterType >,
    GetManagedClusterTypesError
);
/// The errors of [`GetManagedClusterTypes`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type GetManagedClusterTypesError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`ManagedClusterTypesApi::update_managed_cluster_type`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct UpdateManagedClusterType {
    client: crate::Client,
    id: String,
    body: models::JsonPatch,
}
impl UpdateManagedClusterType {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/managed-cluster-types/",
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
        Output = runtime::Result<models::ManagedClusterType>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    UpdateManagedClusterType, models::ManagedClusterType, UpdateManagedClusterTypeError
);
/// The errors of [`UpdateManagedClusterType`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type UpdateManagedClusterTypeError = crate::errors::Error400_401_403_404_429_500;
