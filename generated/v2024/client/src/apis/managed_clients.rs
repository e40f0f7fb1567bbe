//! Operations tagged `Managed Clients`.
//!
//! Use this API to implement managed client functionality.
//! With this functionality in place, administrators can modify and delete existing managed clients, create new ones, and view and make changes to their log configurations.
#[allow(unused_imports)]
use crate::{models, runtime};
/// Operations tagged `Managed Clients`; get it with the client's accessor.
#[derive(Debug, Clone)]
pub struct ManagedClientsApi {
    client: crate::Client,
}
impl ManagedClientsApi {
    pub(crate) fn new(client: crate::Client) -> Self {
        ManagedClientsApi { client }
    }
    /// Create managed client
    ///
    /// Create a new managed client.
    /// The API returns a result that includes the managed client ID.
    ///
    /// `POST /managed-clients` (operation `createManagedClient`).
    ///
    /// Arguments:
    ///
    /// - `body`: The request body (`application/json`).
    pub fn create_managed_client(
        &self,
        body: models::ManagedClientRequest,
    ) -> CreateManagedClient {
        CreateManagedClient {
            client: self.client.clone(),
            body,
        }
    }
    /// Delete managed client
    ///
    /// Delete an existing managed client.
    ///
    /// `DELETE /managed-clients/{id}` (operation `deleteManagedClient`).
    ///
    /// Arguments:
    ///
    /// - `id`: Managed client ID. Example: `"4440278c-0ce2-41ee-a0a9-f5cfd5e8d3b7"`.
    pub fn delete_managed_client(&self, id: impl Into<String>) -> DeleteManagedClient {
        DeleteManagedClient {
            client: self.client.clone(),
            id: id.into(),
        }
    }
    /// Get managed client
    ///
    /// Get managed client by ID.
    ///
    /// `GET /managed-clients/{id}` (operation `getManagedClient`).
    ///
    /// Arguments:
    ///
    /// - `id`: Managed client ID. Example: `"4440278c-0ce2-41ee-a0a9-f5cfd5e8d3b7"`.
    pub fn get_managed_client(&self, id: impl Into<String>) -> GetManagedClient {
        GetManagedClient {
            client: self.client.clone(),
            id: id.into(),
        }
    }
    /// Get managed client status
    ///
    /// Get a managed client's status, using its ID.
    ///
    /// `GET /managed-clients/{id}/status` (operation `getManagedClientStatus`).
    ///
    /// Arguments:
    ///
    /// - `id`: Managed client ID to get status for.
    /// - `type`: Managed client type to get status for.
    pub fn get_managed_client_status(
        &self,
        id: impl Into<String>,
        r#type: Option<models::ManagedClientType>,
    ) -> GetManagedClientStatus {
        GetManagedClientStatus {
            client: self.client.clone(),
            id: id.into(),
            r#type,
        }
    }
    /// Get managed clients
    ///
    /// List managed clients.
    ///
    /// `GET /managed-clients` (operation `getManagedClients`).
    pub fn get_managed_clients(&self) -> GetManagedClients {
        GetManagedClients {
            client: self.client.clone(),
            offset: None,
            limit: None,
            count: None,
            filters: None,
        }
    }
    /// Update managed client
    ///
    /// Update an existing managed client.
    ///
    /// `PATCH /managed-clients/{id}` (operation `updateManagedClient`).
    ///
    /// Arguments:
    ///
    /// - `id`: Managed client ID. Example: `"4440278c-0ce2-41ee-a0a9-f5cfd5e8d3b7"`.
    /// - `body`: JSONPatch payload used to update the object.
    pub fn update_managed_client(
        &self,
        id: impl Into<String>,
        body: Vec<models::JsonPatchOperation>,
    ) -> UpdateManagedClient {
        UpdateManagedClient {
            client: self.client.clone(),
            id: id.into(),
            body,
        }
    }
}
/// Request builder of [`ManagedClientsApi::create_managed_client`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct CreateManagedClient {
    client: crate::Client,
    body: models::ManagedClientRequest,
}
impl CreateManagedClient {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = "/managed-clients".to_string();
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
        Output = runtime::Result<models::ManagedClient>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    CreateManagedClient, models::ManagedClient, CreateManagedClientError
);
/// The errors of [`CreateManagedClient`]: [`crate::errors::Error400_401_403_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type CreateManagedClientError = crate::errors::Error400_401_403_429_500;
/// Request builder of [`ManagedClientsApi::delete_managed_client`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct DeleteManagedClient {
    client: crate::Client,
    id: String,
}
impl DeleteManagedClient {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = ["/managed-clients/", &runtime::encode::path_param(&self.id, false)?]
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
runtime::send_methods!(DeleteManagedClient, (), DeleteManagedClientError);
/// The errors of [`DeleteManagedClient`]: [`crate::errors::Error400_401_403_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type DeleteManagedClientError = crate::errors::Error400_401_403_429_500;
/// Request builder of [`ManagedClientsApi::get_managed_client`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetManagedClient {
    client: crate::Client,
    id: String,
}
impl GetManagedClient {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = ["/managed-clients/", &runtime::encode::path_param(&self.id, false)?]
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
        Output = runtime::Result<models::ManagedClient>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(GetManagedClient, models::ManagedClient, GetManagedClientError);
/// The errors of [`GetManagedClient`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type GetManagedClientError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`ManagedClientsApi::get_managed_client_status`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetManagedClientStatus {
    client: crate::Client,
    id: String,
    r#type: Option<models::ManagedClientType>,
}
impl GetManagedClientStatus {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/managed-clients/",
            &runtime::encode::path_param(&self.id, false)?,
            "/status",
        ]
            .concat();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(runtime::Method::GET, crate::BASE_PATH, path)
            .product(crate::PRODUCT);
        {
            let v = &self.r#type;
            req = req.query("type", v, "form", true)?;
        }
        req = req.accept("application/json")?;
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<models::ManagedClientStatus>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    GetManagedClientStatus, models::ManagedClientStatus, GetManagedClientStatusError
);
/// The errors of [`GetManagedClientStatus`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type GetManagedClientStatusError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`ManagedClientsApi::get_managed_clients`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetManagedClients {
    client: crate::Client,
    offset: Option<i32>,
    limit: Option<i32>,
    count: Option<bool>,
    filters: Option<String>,
}
impl GetManagedClients {
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
    /// **id**: *eq*
    ///
    /// **name**: *eq*
    ///
    /// **clientId**: *eq*
    ///
    /// **clusterId**: *eq*
    ///
    /// Example: `"name eq \"client name\""`.
    pub fn filters(mut self, value: impl Into<String>) -> Self {
        self.filters = Some(value.into());
        self
    }
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = "/managed-clients".to_string();
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
        Output = runtime::Result<Vec<models::ManagedClient>>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
    /// Every item of the list, fetching pages lazily (`limit` items per page, clamped to the documented maximum, from `offset`). The stream ends after a short page, at `X-Total-Count` when the request asks for the total, or when the server answers that the offset after a full last page is invalid.
    pub fn stream(
        self,
    ) -> runtime::BoxStream<'static, runtime::Result<models::ManagedClient>> {
        self.paged(None)
    }
    /// Like [`Self::stream`], ending after at most `max_items` items (the last page asks
    /// only for what is still wanted); the page size stays `limit`.
    pub fn stream_at_most(
        self,
        max_items: u64,
    ) -> runtime::BoxStream<'static, runtime::Result<models::ManagedClient>> {
        self.paged(Some(max_items))
    }
    fn paged(
        self,
        max_items: Option<u64>,
    ) -> runtime::BoxStream<'static, runtime::Result<models::ManagedClient>> {
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
    GetManagedClients, Vec < models::ManagedClient >, GetManagedClientsError
);
/// The errors of [`GetManagedClients`]: [`crate::errors::Error400_401_403_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type GetManagedClientsError = crate::errors::Error400_401_403_429_500;
/// Request builder of [`ManagedClientsApi::update_managed_client`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct UpdateManagedClient {
    client: crate::Client,
    id: String,
    body: Vec<models::JsonPatchOperation>,
}
impl UpdateManagedClient {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = ["/managed-clients/", &runtime::encode::path_param(&self.id, false)?]
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
        Output = runtime::Result<models::ManagedClient>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    UpdateManagedClient, models::ManagedClient, UpdateManagedClientError
);
/// The errors of [`UpdateManagedClient`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type UpdateManagedClientError = crate::errors::Error400_401_403_404_429_500;
