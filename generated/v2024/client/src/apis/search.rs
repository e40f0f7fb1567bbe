//! Operations tagged `Search`.
//!
//! Use this API to implement search functionality.
//! With search functionality in place, users can search their tenants for nearly any information from throughout their organizations.
//!
//! Identity Security Cloud enables organizations to store user data from across all their connected sources and manage the users' access, so the ability to query and filter that data is essential.
//! Its search goes through all those sources and finds the results quickly and specifically.
//!
//! The search query is flexible - it can be very broad or very narrow.
//! The search only returns results for searchable objects it is filtering for.
//! The following objects are searchable: identities, roles, access profiles, entitlements, events, and account activities.
//! By default, no filter is applied, so a search for "Ad" returns both the identity "Adam.Archer" as well as the role "Administrator."
//!
//! Users can further narrow their results by using Identity Security Cloud's specific syntax and punctuation to structure their queries.
//! For example, the query "attributes.location:austin AND NOT manager.name:amanda.ross" returns all results associated with the Austin location, but it excludes those associated with the manager Amanda Ross.
//! Refer to [Building a Search Query](https://documentation.sailpoint.com/saas/help/search/building-query.html) for more information about how to construct specific search queries.
//!
//! Refer to [Using Search](https://documentation.sailpoint.com/saas/help/search/index.html) for more information about Identity Security Cloud's search and its different possibilities.
//!
//! The search feature uses Elasticsearch as a datastore and query engine.
//! The power of Elasticsearch makes this feature suitable for ad-hoc reporting.
//! However, data from the operational databases (ex. identities, roles, events, etc) has to be ingested into Elasticsearch.
//! This ingestion process introduces a latency from when the operational data is created to when it is available in search.
//! Depending on the system load, this can take a few seconds to a few minutes.
//! Please keep this latency in mind when you use search.
#[allow(unused_imports)]
use crate::{models, runtime};
/// Operations tagged `Search`; get it with the client's accessor.
#[derive(Debug, Clone)]
pub struct SearchApi {
    client: crate::Client,
}
impl SearchApi {
    pub(crate) fn new(client: crate::Client) -> Self {
        SearchApi { client }
    }
    /// Perform a search query aggregation
    ///
    /// Performs a search query aggregation and returns the aggregation result. By default, you can page a maximum of 10,000 search result records.  To page past 10,000 records, you can use searchAfter paging.  Refer to [Paginating Search Queries](https://developer.sailpoint.com/idn/api/standard-collection-parameters#paginating-search-queries) for more information about how to implement searchAfter paging.
    ///
    /// `POST /search/aggregate` (operation `searchAggregate`).
    ///
    /// Arguments:
    ///
    /// - `body`: The request body (`application/json`).
    pub fn search_aggregate(&self, body: models::Search) -> SearchAggregate {
        SearchAggregate {
            client: self.client.clone(),
            offset: None,
            limit: None,
            count: None,
            body,
        }
    }
    /// Count documents satisfying a query
    ///
    /// Performs a search with a provided query and returns the count of results in the X-Total-Count header.
    ///
    /// `POST /search/count` (operation `searchCount`).
    ///
    /// Arguments:
    ///
    /// - `body`: The request body (`application/json`).
    pub fn search_count(&self, body: models::Search) -> SearchCount {
        SearchCount {
            client: self.client.clone(),
            body,
        }
    }
    /// Get a document by id
    ///
    /// Fetches a single document from the specified index, using the specified document ID.
    ///
    /// `GET /search/{index}/{id}` (operation `searchGet`).
    ///
    /// Arguments:
    ///
    /// - `index`: The index from which to fetch the specified document. The currently supported index names are: *accessprofiles*, *accountactivities*, *entitlements*, *events*, *identities*, and *roles*. Example: `"identities"`.
    /// - `id`: ID of the requested document. Example: `"2c91808568c529c60168cca6f90c1313"`.
    pub fn search_get(
        &self,
        index: models::IndexParameter,
        id: impl Into<String>,
    ) -> SearchGet {
        SearchGet {
            client: self.client.clone(),
            index,
            id: id.into(),
        }
    }
    /// Perform search
    ///
    /// Perform a search with the provided query and return a matching result collection. To page past 10,000 records, you can use `searchAfter` paging.  Refer to [Paginating Search Queries](https://developer.sailpoint.com/idn/api/standard-collection-parameters#paginating-search-queries) for more information about how to implement `searchAfter` paging. The search query itself has a size limitation of approximately 800 objects when filtering by large lists of IDs or values (e.g., using `terms` filters with extensive lists).
    ///
    /// `POST /search` (operation `searchPost`).
    ///
    /// Arguments:
    ///
    /// - `body`: The request body (`application/json`).
    pub fn search_post(&self, body: models::Search) -> SearchPost {
        SearchPost {
            client: self.client.clone(),
            offset: None,
            limit: None,
            count: None,
            body,
        }
    }
}
/// Request builder of [`SearchApi::search_aggregate`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct SearchAggregate {
    client: crate::Client,
    offset: Option<i32>,
    limit: Option<i32>,
    count: Option<bool>,
    body: models::Search,
}
impl SearchAggregate {
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
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = "/search/aggregate".to_string();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(
                runtime::Method::POST,
                crate::BASE_PATH,
                path,
            )
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
        req = req.accept("application/json")?;
        {
            let body = &self.body;
            req = req.json(body)?;
        }
        req = req.retry_safe();
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<models::AggregationResult>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(SearchAggregate, models::AggregationResult, SearchAggregateError);
/// The errors of [`SearchAggregate`]: [`crate::errors::Error400_401_403_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type SearchAggregateError = crate::errors::Error400_401_403_429_500;
/// Request builder of [`SearchApi::search_count`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct SearchCount {
    client: crate::Client,
    body: models::Search,
}
impl SearchCount {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = "/search/count".to_string();
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
        req = req.retry_safe();
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<Output = runtime::Result<()>> + Send + 'static {
        resp.empty()
    }
}
runtime::send_methods!(SearchCount, (), SearchCountError);
/// The errors of [`SearchCount`]: [`crate::errors::Error400_401_403_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type SearchCountError = crate::errors::Error400_401_403_429_500;
/// Request builder of [`SearchApi::search_get`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct SearchGet {
    client: crate::Client,
    index: models::IndexParameter,
    id: String,
}
impl SearchGet {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/search/",
            &runtime::encode::path_param(&self.index, false)?,
            "/",
            &runtime::encode::path_param(&self.id, false)?,
        ]
            .concat();
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
        Output = runtime::Result<models::SearchDocument>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(SearchGet, models::SearchDocument, SearchGetError);
/// The errors of [`SearchGet`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type SearchGetError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`SearchApi::search_post`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct SearchPost {
    client: crate::Client,
    offset: Option<i32>,
    limit: Option<i32>,
    count: Option<bool>,
    body: models::Search,
}
impl SearchPost {
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
    /// Example: `10000`.
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
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = "/search".to_string();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(
                runtime::Method::POST,
                crate::BASE_PATH,
                path,
            )
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
        req = req.accept("application/json")?;
        {
            let body = &self.body;
            req = req.json(body)?;
        }
        req = req.retry_safe();
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<Vec<models::SearchDocuments>>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
    /// Every result of the search, fetching pages lazily like the official SDKs' search paginator: each page is requested with `searchAfter` set to the sort values of the previous page's last result (sorted by `id` when the search has no sort); `offset` is not sent. The page size (`limit`) is clamped to the documented maximum.
    pub fn stream(
        self,
    ) -> runtime::BoxStream<'static, runtime::Result<models::SearchDocuments>> {
        self.paged(None)
    }
    /// Like [`Self::stream`], ending after at most `max_items` items (the last page asks
    /// only for what is still wanted); the page size stays `limit`.
    pub fn stream_at_most(
        self,
        max_items: u64,
    ) -> runtime::BoxStream<'static, runtime::Result<models::SearchDocuments>> {
        self.paged(Some(max_items))
    }
    fn paged(
        self,
        max_items: Option<u64>,
    ) -> runtime::BoxStream<'static, runtime::Result<models::SearchDocuments>> {
        let paging = runtime::pagination::Paging::new(
                self.limit.and_then(|v| u64::try_from(v).ok()).unwrap_or(250u64),
            )
            .max_page_size(Some(10000u64))
            .max_items(max_items);
        let body = runtime::encode::to_value(&self.body).unwrap_or_default();
        runtime::pagination::search_after_stream_with(
            body,
            paging,
            move |body, limit| {
                let mut page = self.clone();
                async move {
                    let body = runtime::serde_json::from_value(body)
                        .map_err(|e| {
                            runtime::Error::InvalidRequest(format!("search body: {e}"))
                        })?;
                    page.body = body;
                    page.offset = None;
                    page.limit = Some(runtime::pagination::cast(limit)?);
                    page.send().await.map_err(runtime::Error::from)
                }
            },
        )
    }
    /// The name [`Self::stream`] had before it became this search's only paging method.
    #[deprecated(note = "use `stream`, which pages with `searchAfter`")]
    pub fn search_after_stream(
        self,
    ) -> runtime::BoxStream<'static, runtime::Result<models::SearchDocuments>> {
        self.stream()
    }
}
runtime::send_methods!(SearchPost, Vec < models::SearchDocuments >, SearchPostError);
/// The errors of [`SearchPost`]: [`crate::errors::Error400_401_403_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type SearchPostError = crate::errors::Error400_401_403_429_500;
