//! Operations tagged `Segments`.
//!
//! Use this API to implement and customize access request segment functionality.
//! With this functionality in place, administrators can create and manage access request segments.
//! Segments provide organizations with a way to make the access their users have even more granular - this can simply the access request process for the organization's users and improves security by reducing the risk of overprovisoning access.
//!
//! Segments represent sets of identities, all grouped by specified identity attributes, who are only able to see and access the access items associated with their segments.
//! For example, administrators could group all their organization's London office employees into one segment, "London Office Employees," by their shared location.
//! The administrators could then define the access items the London employees would need, and the identities in the "London Office Employees" would then only be able to see and access those items.
//!
//! In Identity Security Cloud, administrators can use the 'Access' drop-down menu and select 'Segments' to reach the 'Access Requests Segments' page.
//! This page lists all the existing access request segments, along with their statuses, enabled or disabled.
//! Administrators can use this page to create, edit, enable, disable, and delete segments.
//! To create a segment, an administrator must provide a name, define the identities grouped in the segment, and define the items the identities in the segment can access.
//! These items can be access profiles, roles, or entitlements.
//!
//! When administrators use the API to create and manage segments, they use a JSON expression in the `visibilityCriteria` object to define the segment's identities and access items.
//!
//! Refer to [Managing Access Request Segments](https://documentation.sailpoint.com/saas/help/requests/segments.html) for more information about segments in Identity Security Cloud.
#[allow(unused_imports)]
use crate::{models, runtime};
/// Operations tagged `Segments`; get it with the client's accessor.
#[derive(Debug, Clone)]
pub struct SegmentsApi {
    client: crate::Client,
}
impl SegmentsApi {
    pub(crate) fn new(client: crate::Client) -> Self {
        SegmentsApi { client }
    }
    /// Create segment
    ///
    /// This API creates a segment.
    /// >**Note:** Segment definitions may take time to propagate to all identities.
    /// A token with ORG_ADMIN or API authority is required to call this API.
    ///
    /// `POST /segments` (operation `createSegment`).
    ///
    /// Arguments:
    ///
    /// - `body`: The request body (`application/json`).
    pub fn create_segment(&self, body: models::Segment) -> CreateSegment {
        CreateSegment {
            client: self.client.clone(),
            body,
        }
    }
    /// Delete segment by id
    ///
    /// This API deletes the segment specified by the given ID.
    /// >**Note:** Segment deletion may take some time to go into effect.
    /// A token with ORG_ADMIN or API authority is required to call this API.
    ///
    /// `DELETE /segments/{id}` (operation `deleteSegment`).
    ///
    /// Arguments:
    ///
    /// - `id`: The segment ID to delete. Example: `"ef38f94347e94562b5bb8424a56397d8"`.
    pub fn delete_segment(&self, id: impl Into<String>) -> DeleteSegment {
        DeleteSegment {
            client: self.client.clone(),
            id: id.into(),
        }
    }
    /// Get segment by id
    ///
    /// This API returns the segment specified by the given ID.
    /// A token with ORG_ADMIN or API authority is required to call this API.
    ///
    /// `GET /segments/{id}` (operation `getSegment`).
    ///
    /// Arguments:
    ///
    /// - `id`: The segment ID to retrieve. Example: `"ef38f94347e94562b5bb8424a56397d8"`.
    pub fn get_segment(&self, id: impl Into<String>) -> GetSegment {
        GetSegment {
            client: self.client.clone(),
            id: id.into(),
        }
    }
    /// List segments
    ///
    /// This API returns a list of all segments.
    /// A token with ORG_ADMIN or API authority is required to call this API.
    ///
    /// `GET /segments` (operation `listSegments`).
    pub fn list_segments(&self) -> ListSegments {
        ListSegments {
            client: self.client.clone(),
            limit: None,
            offset: None,
            count: None,
        }
    }
    /// Update segment
    ///
    /// Use this API to update segment fields by using the [JSON Patch](https://tools.ietf.org/html/rfc6902) standard.
    /// >**Note:** Changes to a segment may take some time to propagate to all identities.
    /// A token with ORG_ADMIN or API authority is required to call this API.
    ///
    /// `PATCH /segments/{id}` (operation `patchSegment`).
    ///
    /// Arguments:
    ///
    /// - `id`: The segment ID to modify. Example: `"ef38f94347e94562b5bb8424a56397d8"`.
    /// - `body`: A list of segment update operations according to the [JSON Patch](https://tools.ietf.org/html/rfc6902) standard. The following fields are patchable: * name * description * owner * visibilityCriteria * active
    pub fn patch_segment(
        &self,
        id: impl Into<String>,
        body: Vec<models::serde_json::Value>,
    ) -> PatchSegment {
        PatchSegment {
            client: self.client.clone(),
            id: id.into(),
            body,
        }
    }
}
/// Request builder of [`SegmentsApi::create_segment`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct CreateSegment {
    client: crate::Client,
    body: models::Segment,
}
impl CreateSegment {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = "/segments".to_string();
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
        Output = runtime::Result<models::Segment>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(CreateSegment, models::Segment, CreateSegmentError);
/// The errors of [`CreateSegment`]: [`crate::errors::Error400_401_403_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type CreateSegmentError = crate::errors::Error400_401_403_429_500;
/// Request builder of [`SegmentsApi::delete_segment`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct DeleteSegment {
    client: crate::Client,
    id: String,
}
impl DeleteSegment {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = ["/segments/", &runtime::encode::path_param(&self.id, false)?]
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
runtime::send_methods!(DeleteSegment, (), DeleteSegmentError);
/// The errors of [`DeleteSegment`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type DeleteSegmentError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`SegmentsApi::get_segment`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetSegment {
    client: crate::Client,
    id: String,
}
impl GetSegment {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = ["/segments/", &runtime::encode::path_param(&self.id, false)?]
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
        Output = runtime::Result<models::Segment>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(GetSegment, models::Segment, GetSegmentError);
/// The errors of [`GetSegment`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type GetSegmentError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`SegmentsApi::list_segments`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ListSegments {
    client: crate::Client,
    limit: Option<i32>,
    offset: Option<i32>,
    count: Option<bool>,
}
impl ListSegments {
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
        let path = "/segments".to_string();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(runtime::Method::GET, crate::BASE_PATH, path)
            .product(crate::PRODUCT);
        if let Some(v) = &self.limit {
            req = req.query("limit", v, "form", true)?;
        }
        if let Some(v) = &self.offset {
            req = req.query("offset", v, "form", true)?;
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
        Output = runtime::Result<Vec<models::Segment>>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
    /// Every item of the list, fetching pages lazily (`limit` items per page, clamped to the documented maximum, from `offset`). The stream ends after a short page, at `X-Total-Count` when the request asks for the total, or when the server answers that the offset after a full last page is invalid.
    pub fn stream(
        self,
    ) -> runtime::BoxStream<'static, runtime::Result<models::Segment>> {
        self.paged(None)
    }
    /// Like [`Self::stream`], ending after at most `max_items` items (the last page asks
    /// only for what is still wanted); the page size stays `limit`.
    pub fn stream_at_most(
        self,
        max_items: u64,
    ) -> runtime::BoxStream<'static, runtime::Result<models::Segment>> {
        self.paged(Some(max_items))
    }
    fn paged(
        self,
        max_items: Option<u64>,
    ) -> runtime::BoxStream<'static, runtime::Result<models::Segment>> {
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
runtime::send_methods!(ListSegments, Vec < models::Segment >, ListSegmentsError);
/// The errors of [`ListSegments`]: [`crate::errors::Error400_401_403_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type ListSegmentsError = crate::errors::Error400_401_403_429_500;
/// Request builder of [`SegmentsApi::patch_segment`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct PatchSegment {
    client: crate::Client,
    id: String,
    body: Vec<models::serde_json::Value>,
}
impl PatchSegment {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = ["/segments/", &runtime::encode::path_param(&self.id, false)?]
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
        Output = runtime::Result<models::Segment>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(PatchSegment, models::Segment, PatchSegmentError);
/// The errors of [`PatchSegment`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type PatchSegmentError = crate::errors::Error400_401_403_404_429_500;
