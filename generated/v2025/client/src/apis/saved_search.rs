//! Operations tagged `Saved Search`.
//!
//! Use this API to implement saved search functionality.
//! With saved search functionality in place, users can save search queries and then view those saved searches, as well as rerun them.
//!
//! Search queries in Identity Security Cloud can grow very long and specific, which can make reconstructing them difficult or tedious, so it can be especially helpful to save search queries.
//! It also opens the possibility to configure Identity Security Cloud to run the saved queries on a schedule, which is essential to detecting user information and access changes throughout an organization's tenant and across all its sources.
//! Refer to [Scheduled Search](https://developer.sailpoint.com/docs/api/v2025/scheduled-search/) for more information about running saved searches on a schedule.
//!
//! In Identity Security Cloud, users can save searches under a name, and then they can access that saved search and run it again when they want.
//!
//! Refer to [Managing Saved Searches](https://documentation.sailpoint.com/saas/help/search/saved-searches.html) for more information about saving searches and using them.
#[allow(unused_imports)]
use crate::{models, runtime};
/// Operations tagged `Saved Search`; get it with the client's accessor.
#[derive(Debug, Clone)]
pub struct SavedSearchApi {
    client: crate::Client,
}
impl SavedSearchApi {
    pub(crate) fn new(client: crate::Client) -> Self {
        SavedSearchApi { client }
    }
    /// Create a saved search
    ///
    /// Creates a new saved search.
    ///
    /// `POST /saved-searches` (operation `createSavedSearch`).
    ///
    /// Arguments:
    ///
    /// - `body`: The saved search to persist.
    pub fn create_saved_search(
        &self,
        body: models::CreateSavedSearchRequest,
    ) -> CreateSavedSearch {
        CreateSavedSearch {
            client: self.client.clone(),
            body,
        }
    }
    /// Delete document by id
    ///
    /// Deletes the specified saved search.
    ///
    /// `DELETE /saved-searches/{id}` (operation `deleteSavedSearch`).
    ///
    /// Arguments:
    ///
    /// - `id`: ID of the requested document. Example: `"2c91808568c529c60168cca6f90c1313"`.
    pub fn delete_saved_search(&self, id: impl Into<String>) -> DeleteSavedSearch {
        DeleteSavedSearch {
            client: self.client.clone(),
            id: id.into(),
        }
    }
    /// Execute a saved search by id
    ///
    /// Executes the specified saved search.
    ///
    /// `POST /saved-searches/{id}/execute` (operation `executeSavedSearch`).
    ///
    /// Arguments:
    ///
    /// - `id`: ID of the requested document. Example: `"2c91808568c529c60168cca6f90c1313"`.
    /// - `body`: When saved search execution is triggered by a scheduled search, *scheduleId* will specify the ID of the triggering scheduled search. If *scheduleId* is not specified (when execution is triggered by a UI test), the *owner* and *recipients* arguments must be provided.
    pub fn execute_saved_search(
        &self,
        id: impl Into<String>,
        body: models::SearchArguments,
    ) -> ExecuteSavedSearch {
        ExecuteSavedSearch {
            client: self.client.clone(),
            id: id.into(),
            body,
        }
    }
    /// Return saved search by id
    ///
    /// Returns the specified saved search.
    ///
    /// `GET /saved-searches/{id}` (operation `getSavedSearch`).
    ///
    /// Arguments:
    ///
    /// - `id`: ID of the requested document. Example: `"2c91808568c529c60168cca6f90c1313"`.
    pub fn get_saved_search(&self, id: impl Into<String>) -> GetSavedSearch {
        GetSavedSearch {
            client: self.client.clone(),
            id: id.into(),
        }
    }
    /// A list of saved searches
    ///
    /// Returns a list of saved searches.
    ///
    /// `GET /saved-searches` (operation `listSavedSearches`).
    pub fn list_saved_searches(&self) -> ListSavedSearches {
        ListSavedSearches {
            client: self.client.clone(),
            offset: None,
            limit: None,
            count: None,
            filters: None,
        }
    }
    /// Updates an existing saved search
    ///
    /// Updates an existing saved search.
    ///
    /// >**NOTE: You cannot update the `owner` of the saved search.**
    ///
    /// `PUT /saved-searches/{id}` (operation `putSavedSearch`).
    ///
    /// Arguments:
    ///
    /// - `id`: ID of the requested document. Example: `"2c91808568c529c60168cca6f90c1313"`.
    /// - `body`: The saved search to persist.
    pub fn put_saved_search(
        &self,
        id: impl Into<String>,
        body: models::SavedSearch,
    ) -> PutSavedSearch {
        PutSavedSearch {
            client: self.client.clone(),
            id: id.into(),
            body,
        }
    }
}
/// Request builder of [`SavedSearchApi::create_saved_search`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct CreateSavedSearch {
    client: crate::Client,
    body: models::CreateSavedSearchRequest,
}
impl CreateSavedSearch {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = "/saved-searches".to_string();
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
        Output = runtime::Result<models::SavedSearch>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(CreateSavedSearch, models::SavedSearch, CreateSavedSearchError);
/// The errors of [`CreateSavedSearch`]: [`crate::errors::Error400_401_403_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type CreateSavedSearchError = crate::errors::Error400_401_403_429_500;
/// Request builder of [`SavedSearchApi::delete_saved_search`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct DeleteSavedSearch {
    client: crate::Client,
    id: String,
}
impl DeleteSavedSearch {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = ["/saved-searches/", &runtime::encode::path_param(&self.id, false)?]
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
runtime::send_methods!(DeleteSavedSearch, (), DeleteSavedSearchError);
/// The errors of [`DeleteSavedSearch`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type DeleteSavedSearchError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`SavedSearchApi::execute_saved_search`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ExecuteSavedSearch {
    client: crate::Client,
    id: String,
    body: models::SearchArguments,
}
impl ExecuteSavedSearch {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/saved-searches/",
            &runtime::encode::path_param(&self.id, false)?,
            "/execute",
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
runtime::send_methods!(ExecuteSavedSearch, (), ExecuteSavedSearchError);
/// The errors of [`ExecuteSavedSearch`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type ExecuteSavedSearchError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`SavedSearchApi::get_saved_search`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetSavedSearch {
    client: crate::Client,
    id: String,
}
impl GetSavedSearch {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = ["/saved-searches/", &runtime::encode::path_param(&self.id, false)?]
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
        Output = runtime::Result<models::SavedSearch>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(GetSavedSearch, models::SavedSearch, GetSavedSearchError);
/// The errors of [`GetSavedSearch`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type GetSavedSearchError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`SavedSearchApi::list_saved_searches`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ListSavedSearches {
    client: crate::Client,
    offset: Option<i32>,
    limit: Option<i32>,
    count: Option<bool>,
    filters: Option<String>,
}
impl ListSavedSearches {
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
    /// **owner.id**: *eq*
    ///
    /// Example: `"owner.id eq \"7a724640-0c17-4ce9-a8c3-4a89738459c8\""`.
    pub fn filters(mut self, value: impl Into<String>) -> Self {
        self.filters = Some(value.into());
        self
    }
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = "/saved-searches".to_string();
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
        Output = runtime::Result<Vec<models::SavedSearch>>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
    /// Every item of the list, fetching pages lazily (`limit` items per page, clamped to the documented maximum, from `offset`). The stream ends after a short page, at `X-Total-Count` when the request asks for the total, or when the server answers that the offset after a full last page is invalid.
    pub fn stream(
        self,
    ) -> runtime::BoxStream<'static, runtime::Result<models::SavedSearch>> {
        self.paged(None)
    }
    /// Like [`Self::stream`], ending after at most `max_items` items (the last page asks
    /// only for what is still wanted); the page size stays `limit`.
    pub fn stream_at_most(
        self,
        max_items: u64,
    ) -> runtime::BoxStream<'static, runtime::Result<models::SavedSearch>> {
        self.paged(Some(max_items))
    }
    fn paged(
        self,
        max_items: Option<u64>,
    ) -> runtime::BoxStream<'static, runtime::Result<models::SavedSearch>> {
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
    ListSavedSearches, Vec < models::SavedSearch >, ListSavedSearchesError
);
/// The errors of [`ListSavedSearches`]: [`crate::errors::Error400_401_403_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type ListSavedSearchesError = crate::errors::Error400_401_403_429_500;
/// Request builder of [`SavedSearchApi::put_saved_search`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct PutSavedSearch {
    client: crate::Client,
    id: String,
    body: models::SavedSearch,
}
impl PutSavedSearch {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = ["/saved-searches/", &runtime::encode::path_param(&self.id, false)?]
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
        Output = runtime::Result<models::SavedSearch>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(PutSavedSearch, models::SavedSearch, PutSavedSearchError);
/// The errors of [`PutSavedSearch`]: [`crate::errors::Error400_401_403_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type PutSavedSearchError = crate::errors::Error400_401_403_429_500;
