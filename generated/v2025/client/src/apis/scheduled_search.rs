//! Operations tagged `Scheduled Search`.
//!
//! Use this API to implement scheduled search functionality.
//! With scheduled search functionality in place, users can run saved search queries on their tenants on a schedule, and Identity Security Cloud emails them the search results.
//! Users can also share these search results with other users by email by adding those users as subscribers, or those users can subscribe themselves.
//!
//! One of the greatest benefits of saving searches is the ability to run those searches on a schedule.
//! This is essential for organizations to constantly detect any changes to user information or access throughout their tenants and across all their sources.
//! For example, the manager Amanda Ross can schedule a saved search "manager.name:amanda.ross AND attributes.location:austin" on a schedule to regularly stay aware of changes with the Austin employees reporting to her.
//! Identity Security Cloud emails her the search results when the search runs, so she can work on other tasks instead of actively running this search.
//!
//! In Identity Security Cloud, scheduling a search involves a subscription.
//! Users can create a subscription for a saved search and schedule it to run daily, weekly, or monthly (you can only use one schedule option at a time).
//! The user can add other identities as subscribers so when the scheduled search runs, the subscribers and the user all receive emails.
//!
//! By default, subscriptions exclude detailed results from the emails, for security purposes.
//! Including detailed results about user access in an email may expose sensitive information.
//! However, the subscription creator can choose to include the information in the emails.
//!
//! By default, Identity Security Cloud sends emails to the subscribers even when the searches do not return new results.
//! However, the subscription creator can choose to suppress these empty emails.
//!
//! Users can also subscribe to saved searches that already have existing subscriptions so they receive emails when the searches run.
//! A saved search can have up to 10 subscriptions configured at a time.
//!
//! The subscription creator can enable, disable, or delete the subscription.
//!
//! Refer to [Subscribing to Saved Searches](https://documentation.sailpoint.com/saas/help/search/saved-searches.html#subscribing-to-saved-searches) for more information about scheduling searches and subscribing to them.
#[allow(unused_imports)]
use crate::{models, runtime};
/// Operations tagged `Scheduled Search`; get it with the client's accessor.
#[derive(Debug, Clone)]
pub struct ScheduledSearchApi {
    client: crate::Client,
}
impl ScheduledSearchApi {
    pub(crate) fn new(client: crate::Client) -> Self {
        ScheduledSearchApi { client }
    }
    /// Create a new scheduled search
    ///
    /// Creates a new scheduled search.
    ///
    /// `POST /scheduled-searches` (operation `createScheduledSearch`).
    ///
    /// Arguments:
    ///
    /// - `body`: The scheduled search to persist.
    pub fn create_scheduled_search(
        &self,
        body: models::CreateScheduledSearchRequest,
    ) -> CreateScheduledSearch {
        CreateScheduledSearch {
            client: self.client.clone(),
            body,
        }
    }
    /// Delete a scheduled search
    ///
    /// Deletes the specified scheduled search.
    ///
    /// `DELETE /scheduled-searches/{id}` (operation `deleteScheduledSearch`).
    ///
    /// Arguments:
    ///
    /// - `id`: ID of the requested document. Example: `"2c91808568c529c60168cca6f90c1313"`.
    pub fn delete_scheduled_search(
        &self,
        id: impl Into<String>,
    ) -> DeleteScheduledSearch {
        DeleteScheduledSearch {
            client: self.client.clone(),
            id: id.into(),
        }
    }
    /// Get a scheduled search
    ///
    /// Returns the specified scheduled search.
    ///
    /// `GET /scheduled-searches/{id}` (operation `getScheduledSearch`).
    ///
    /// Arguments:
    ///
    /// - `id`: ID of the requested document. Example: `"2c91808568c529c60168cca6f90c1313"`.
    pub fn get_scheduled_search(&self, id: impl Into<String>) -> GetScheduledSearch {
        GetScheduledSearch {
            client: self.client.clone(),
            id: id.into(),
        }
    }
    /// List scheduled searches
    ///
    /// Returns a list of scheduled searches.
    ///
    /// `GET /scheduled-searches` (operation `listScheduledSearch`).
    pub fn list_scheduled_search(&self) -> ListScheduledSearch {
        ListScheduledSearch {
            client: self.client.clone(),
            offset: None,
            limit: None,
            count: None,
            filters: None,
        }
    }
    /// Unsubscribe a recipient from scheduled search
    ///
    /// Unsubscribes a recipient from the specified scheduled search.
    ///
    /// `POST /scheduled-searches/{id}/unsubscribe` (operation `unsubscribeScheduledSearch`).
    ///
    /// Arguments:
    ///
    /// - `id`: ID of the requested document. Example: `"2c91808568c529c60168cca6f90c1313"`.
    /// - `body`: The recipient to be removed from the scheduled search.
    pub fn unsubscribe_scheduled_search(
        &self,
        id: impl Into<String>,
        body: models::TypedReference,
    ) -> UnsubscribeScheduledSearch {
        UnsubscribeScheduledSearch {
            client: self.client.clone(),
            id: id.into(),
            body,
        }
    }
    /// Update an existing scheduled search
    ///
    /// Updates an existing scheduled search.
    ///
    /// `PUT /scheduled-searches/{id}` (operation `updateScheduledSearch`).
    ///
    /// Arguments:
    ///
    /// - `id`: ID of the requested document. Example: `"2c91808568c529c60168cca6f90c1313"`.
    /// - `body`: The scheduled search to persist.
    pub fn update_scheduled_search(
        &self,
        id: impl Into<String>,
        body: models::ScheduledSearch,
    ) -> UpdateScheduledSearch {
        UpdateScheduledSearch {
            client: self.client.clone(),
            id: id.into(),
            body,
        }
    }
}
/// Request builder of [`ScheduledSearchApi::create_scheduled_search`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct CreateScheduledSearch {
    client: crate::Client,
    body: models::CreateScheduledSearchRequest,
}
impl CreateScheduledSearch {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = "/scheduled-searches".to_string();
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
        Output = runtime::Result<models::ScheduledSearch>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    CreateScheduledSearch, models::ScheduledSearch, CreateScheduledSearchError
);
/// The errors of [`CreateScheduledSearch`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type CreateScheduledSearchError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`ScheduledSearchApi::delete_scheduled_search`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct DeleteScheduledSearch {
    client: crate::Client,
    id: String,
}
impl DeleteScheduledSearch {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/scheduled-searches/",
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
runtime::send_methods!(DeleteScheduledSearch, (), DeleteScheduledSearchError);
/// The errors of [`DeleteScheduledSearch`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type DeleteScheduledSearchError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`ScheduledSearchApi::get_scheduled_search`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetScheduledSearch {
    client: crate::Client,
    id: String,
}
impl GetScheduledSearch {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/scheduled-searches/",
            &runtime::encode::path_param(&self.id, false)?,
        ]
            .concat();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(runtime::Method::GET, crate::BASE_PATH, path)
            .product(crate::PRODUCT);
        req = req.accept("application/json")?;
        req = req.without_auth();
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<models::ScheduledSearch>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    GetScheduledSearch, models::ScheduledSearch, GetScheduledSearchError
);
/// The errors of [`GetScheduledSearch`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type GetScheduledSearchError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`ScheduledSearchApi::list_scheduled_search`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ListScheduledSearch {
    client: crate::Client,
    offset: Option<i32>,
    limit: Option<i32>,
    count: Option<bool>,
    filters: Option<String>,
}
impl ListScheduledSearch {
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
    /// **savedSearchId**: *eq*
    ///
    /// Example: `"savedSearchId eq \"6cc0945d-9eeb-4948-9033-72d066e1153e\""`.
    pub fn filters(mut self, value: impl Into<String>) -> Self {
        self.filters = Some(value.into());
        self
    }
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = "/scheduled-searches".to_string();
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
        Output = runtime::Result<Vec<models::ScheduledSearch>>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
    /// Every item of the list, fetching pages lazily (`limit` items per page, clamped to the documented maximum, from `offset`). The stream ends after a short page, at `X-Total-Count` when the request asks for the total, or when the server answers that the offset after a full last page is invalid.
    pub fn stream(
        self,
    ) -> runtime::BoxStream<'static, runtime::Result<models::ScheduledSearch>> {
        self.paged(None)
    }
    /// Like [`Self::stream`], ending after at most `max_items` items (the last page asks
    /// only for what is still wanted); the page size stays `limit`.
    pub fn stream_at_most(
        self,
        max_items: u64,
    ) -> runtime::BoxStream<'static, runtime::Result<models::ScheduledSearch>> {
        self.paged(Some(max_items))
    }
    fn paged(
        self,
        max_items: Option<u64>,
    ) -> runtime::BoxStream<'static, runtime::Result<models::ScheduledSearch>> {
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
    ListScheduledSearch, Vec < models::ScheduledSearch >, ListScheduledSearchError
);
/// The errors of [`ListScheduledSearch`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type ListScheduledSearchError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`ScheduledSearchApi::unsubscribe_scheduled_search`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct UnsubscribeScheduledSearch {
    client: crate::Client,
    id: String,
    body: models::TypedReference,
}
impl UnsubscribeScheduledSearch {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/scheduled-searches/",
            &runtime::encode::path_param(&self.id, false)?,
            "/unsubscribe",
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
runtime::send_methods!(UnsubscribeScheduledSearch, (), UnsubscribeScheduledSearchError);
/// The errors of [`UnsubscribeScheduledSearch`]: [`crate::errors::Error400_403_404`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
pub type UnsubscribeScheduledSearchError = crate::errors::Error400_403_404;
/// Request builder of [`ScheduledSearchApi::update_scheduled_search`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct UpdateScheduledSearch {
    client: crate::Client,
    id: String,
    body: models::ScheduledSearch,
}
impl UpdateScheduledSearch {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/scheduled-searches/",
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
        Output = runtime::Result<models::ScheduledSearch>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    UpdateScheduledSearch, models::ScheduledSearch, UpdateScheduledSearchError
);
/// The errors of [`UpdateScheduledSearch`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type UpdateScheduledSearchError = crate::errors::Error400_401_403_404_429_500;
