//! Operations tagged `Application Discovery`.
//!
//! Use this API to implement application discovery functionality.
//! With this functionality in place, you can discover applications within your Okta connector and receive connector recommendations by manually uploading application names.
#[allow(unused_imports)]
use crate::{models, runtime};
/// Operations tagged `Application Discovery`; get it with the client's accessor.
#[derive(Debug, Clone)]
pub struct ApplicationDiscoveryApi {
    client: crate::Client,
}
impl ApplicationDiscoveryApi {
    pub(crate) fn new(client: crate::Client) -> Self {
        ApplicationDiscoveryApi { client }
    }
    /// Get discovered applications for tenant
    ///
    /// Get a list of applications that have been identified within the environment. This includes details such as application names, discovery dates, potential correlated saas_vendors and related suggested connectors.
    ///
    /// `GET /discovered-applications` (operation `getDiscoveredApplications`).
    pub fn get_discovered_applications(&self) -> GetDiscoveredApplications {
        GetDiscoveredApplications {
            client: self.client.clone(),
            limit: None,
            offset: None,
            detail: None,
            filter: None,
            sorters: None,
        }
    }
    /// Download csv template for discovery
    ///
    /// Download an example CSV file with two columns `application_name` and `description`.  The CSV file contains a single row with the values 'Example Application' and 'Example Description'.
    ///
    /// The downloaded template is specifically designed for use with the `/manual-discover-applications` endpoint.
    ///
    /// `GET /manual-discover-applications-template` (operation `getManualDiscoverApplicationsCsvTemplate`).
    pub fn get_manual_discover_applications_csv_template(
        &self,
    ) -> GetManualDiscoverApplicationsCsvTemplate {
        GetManualDiscoverApplicationsCsvTemplate {
            client: self.client.clone(),
        }
    }
    /// Upload csv to discover applications
    ///
    /// Uploading a CSV file with application data for manual correlation to specific ISC connectors.
    /// If a suitable ISC connector is unavailable, the system will recommend generic connectors instead.
    ///
    /// `POST /manual-discover-applications` (operation `sendManualDiscoverApplicationsCsvTemplate`).
    pub fn send_manual_discover_applications_csv_template(
        &self,
    ) -> SendManualDiscoverApplicationsCsvTemplate {
        SendManualDiscoverApplicationsCsvTemplate {
            client: self.client.clone(),
            body: None,
        }
    }
}
/// Request builder of [`ApplicationDiscoveryApi::get_discovered_applications`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetDiscoveredApplications {
    client: crate::Client,
    limit: Option<i32>,
    offset: Option<i32>,
    detail: Option<models::GetDiscoveredApplicationsDetail>,
    filter: Option<String>,
    sorters: Option<String>,
}
impl GetDiscoveredApplications {
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
    /// Determines whether slim, or increased level of detail is provided for each discovered application in the returned list. SLIM is the default behavior.
    ///
    /// Example: `"FULL"`.
    pub fn detail(mut self, value: models::GetDiscoveredApplicationsDetail) -> Self {
        self.detail = Some(value);
        self
    }
    /// Filter results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#filtering-results)
    ///
    /// Filtering is supported for the following fields and operators:
    ///
    /// **name**: *eq, sw, co*
    ///
    /// **description**: *eq, sw, co*
    ///
    /// **createdAtStart**: *eq, le, ge*
    ///
    /// **createdAtEnd**: *eq, le, ge*
    ///
    /// **discoveredAtStart**: *eq, le, ge*
    ///
    /// **discoveredAtEnd**: *eq, le, ge*
    ///
    /// **discoverySource**: *eq, in*
    ///
    /// Example: `"name eq \"Okta\" and description co \"Okta\" and discoverySource in (\"csv\", \"Okta Saas\")"`.
    pub fn filter(mut self, value: impl Into<String>) -> Self {
        self.filter = Some(value.into());
        self
    }
    /// Sort results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#sorting-results)
    ///
    /// Sorting is supported for the following fields: **name, description, discoveredAt, discoverySource**
    ///
    /// Example: `"name"`.
    pub fn sorters(mut self, value: impl Into<String>) -> Self {
        self.sorters = Some(value.into());
        self
    }
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = "/discovered-applications".to_string();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(runtime::Method::GET, crate::BASE_PATH, path)
            .product(crate::PRODUCT);
        if let Some(v) = &self.limit {
            req = req.query("limit", v, "form", true)?;
        }
        if let Some(v) = &self.offset {
            req = req.query("offset", v, "form", true)?;
        }
        if let Some(v) = &self.detail {
            req = req.query("detail", v, "form", true)?;
        }
        if let Some(v) = &self.filter {
            req = req.query("filter", v, "form", true)?;
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
        Output = runtime::Result<Vec<models::GetDiscoveredApplicationsResponseItem>>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
    /// Every item of the list, fetching pages lazily (`limit` items per page, clamped to the documented maximum, from `offset`). The stream ends after a short page, at `X-Total-Count` when the request asks for the total, or when the server answers that the offset after a full last page is invalid.
    pub fn stream(
        self,
    ) -> runtime::BoxStream<
        'static,
        runtime::Result<models::GetDiscoveredApplicationsResponseItem>,
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
        runtime::Result<models::GetDiscoveredApplicationsResponseItem>,
    > {
        self.paged(Some(max_items))
    }
    fn paged(
        self,
        max_items: Option<u64>,
    ) -> runtime::BoxStream<
        'static,
        runtime::Result<models::GetDiscoveredApplicationsResponseItem>,
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
    GetDiscoveredApplications, Vec < models::GetDiscoveredApplicationsResponseItem >,
    GetDiscoveredApplicationsError
);
/// The errors of [`GetDiscoveredApplications`]: [`crate::errors::Error400_401_403_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type GetDiscoveredApplicationsError = crate::errors::Error400_401_403_429_500;
/// Request builder of [`ApplicationDiscoveryApi::get_manual_discover_applications_csv_template`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetManualDiscoverApplicationsCsvTemplate {
    client: crate::Client,
}
impl GetManualDiscoverApplicationsCsvTemplate {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = "/manual-discover-applications-template".to_string();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(runtime::Method::GET, crate::BASE_PATH, path)
            .product(crate::PRODUCT);
        req = req.accept("text/csv, application/json")?;
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<Output = runtime::Result<String>> + Send + 'static {
        resp.text()
    }
}
runtime::send_methods!(
    GetManualDiscoverApplicationsCsvTemplate, String,
    GetManualDiscoverApplicationsCsvTemplateError
);
/// The errors of [`GetManualDiscoverApplicationsCsvTemplate`]: [`crate::errors::Error400_401_403_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type GetManualDiscoverApplicationsCsvTemplateError = crate::errors::Error400_401_403_429_500;
/// Request builder of [`ApplicationDiscoveryApi::send_manual_discover_applications_csv_template`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct SendManualDiscoverApplicationsCsvTemplate {
    client: crate::Client,
    body: Option<models::ManualDiscoverApplications>,
}
impl SendManualDiscoverApplicationsCsvTemplate {
    /// The request body (`multipart/form-data`).
    pub fn body(mut self, value: models::ManualDiscoverApplications) -> Self {
        self.body = Some(value);
        self
    }
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = "/manual-discover-applications".to_string();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(
                runtime::Method::POST,
                crate::BASE_PATH,
                path,
            )
            .product(crate::PRODUCT);
        if let Some(body) = &self.body {
            #[allow(unused_mut)]
            let mut form = runtime::Multipart::new().fields(body, &["file"])?;
            form = form.file("file", body.file.clone(), None, None);
            req = req.multipart(form);
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
    SendManualDiscoverApplicationsCsvTemplate, (),
    SendManualDiscoverApplicationsCsvTemplateError
);
/// The errors of [`SendManualDiscoverApplicationsCsvTemplate`]: [`crate::errors::Error400_401_403_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type SendManualDiscoverApplicationsCsvTemplateError = crate::errors::Error400_401_403_429_500;
