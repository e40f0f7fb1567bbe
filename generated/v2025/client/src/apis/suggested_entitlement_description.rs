//! Operations tagged `Suggested Entitlement Description`.
//!
//! Use this API to implement Suggested Entitlement Description (SED) functionality.
//! SED functionality leverages the power of LLM to generate suggested entitlement descriptions.
//! Refer to [GenAI Entitlement Descriptions](https://documentation.sailpoint.com/saas/help/access/entitlements.html#genai-entitlement-descriptions) to learn more about SED in Identity Security Cloud (ISC).
#[allow(unused_imports)]
use crate::{models, runtime};
/// Operations tagged `Suggested Entitlement Description`; get it with the client's accessor.
#[derive(Debug, Clone)]
pub struct SuggestedEntitlementDescriptionApi {
    client: crate::Client,
}
impl SuggestedEntitlementDescriptionApi {
    pub(crate) fn new(client: crate::Client) -> Self {
        SuggestedEntitlementDescriptionApi {
            client,
        }
    }
    /// Submit sed batch stats request
    ///
    /// 'Submit Sed Batch Stats Request.
    ///
    ///  Submits batchId in the path param `(e.g. {batchId}/stats)`. API responses with stats
    ///  of the batchId.'
    ///
    /// `GET /suggested-entitlement-description-batches/{batchId}/stats` (operation `getSedBatchStats`).
    ///
    /// Arguments:
    ///
    /// - `batch_id`: Batch Id Example: `"8c190e67-87aa-4ed9-a90b-d9d5344523fb"`.
    pub fn get_sed_batch_stats(&self, batch_id: String) -> GetSedBatchStats {
        GetSedBatchStats {
            client: self.client.clone(),
            batch_id,
        }
    }
    /// List Sed Batch Record
    ///
    /// List Sed Batches.
    /// API responses with Sed Batch Records
    ///
    /// `GET /suggested-entitlement-description-batches` (operation `getSedBatches`).
    pub fn get_sed_batches(&self) -> GetSedBatches {
        GetSedBatches {
            client: self.client.clone(),
            offset: None,
            limit: None,
            count: None,
            count_only: None,
            status: None,
        }
    }
    /// List suggested entitlement descriptions
    ///
    /// List of Suggested Entitlement Descriptions (SED)
    ///
    /// SED field descriptions:
    ///
    /// **batchId**: the ID of the batch of entitlements that are submitted for description generation
    ///
    /// **displayName**: the display name of the entitlement that we are generating a description for
    ///
    /// **sourceName**: the name of the source associated with the entitlement that we are generating the description for
    ///
    /// **sourceId**: the ID of the source associated with the entitlement that we are generating the description for
    ///
    /// **status**: the status of the suggested entitlement description, valid status options: "requested", "suggested", "not_suggested", "failed", "assigned", "approved", "denied"
    ///
    /// **fullText**: will filter suggested entitlement description records by text found in any of the following fields: entitlement name, entitlement display name, suggested description, source name
    ///
    /// `GET /suggested-entitlement-descriptions` (operation `listSeds`).
    pub fn list_seds(&self) -> ListSeds {
        ListSeds {
            client: self.client.clone(),
            limit: None,
            offset: None,
            count: None,
            filters: None,
            sorters: None,
            count_only: None,
            requested_by_anyone: None,
            show_pending_status_only: None,
        }
    }
    /// Patch suggested entitlement description
    ///
    /// Patch Suggested Entitlement Description
    ///
    /// `PATCH /suggested-entitlement-descriptions` (operation `patchSed`).
    ///
    /// Arguments:
    ///
    /// - `body`: Sed Patch Request
    pub fn patch_sed(&self, body: Vec<models::SedPatch>) -> PatchSed {
        PatchSed {
            client: self.client.clone(),
            body,
        }
    }
    /// Submit bulk approval request
    ///
    /// Submit Bulk Approval Request for SED.
    /// Request body takes list of SED Ids. API responses with list of SED Approval Status
    ///
    /// `POST /suggested-entitlement-description-approvals` (operation `submitSedApproval`).
    ///
    /// Arguments:
    ///
    /// - `body`: Sed Approval
    pub fn submit_sed_approval(
        &self,
        body: Vec<models::SedApproval>,
    ) -> SubmitSedApproval {
        SubmitSedApproval {
            client: self.client.clone(),
            body,
        }
    }
    /// Submit sed assignment request
    ///
    /// Submit Assignment Request.
    /// Request body has an assignee, and list of SED Ids that are assigned to that assignee API responses with batchId that groups all approval requests together
    ///
    /// `POST /suggested-entitlement-description-assignments` (operation `submitSedAssignment`).
    ///
    /// Arguments:
    ///
    /// - `body`: Sed Assignment Request
    pub fn submit_sed_assignment(
        &self,
        body: models::SedAssignment,
    ) -> SubmitSedAssignment {
        SubmitSedAssignment {
            client: self.client.clone(),
            body,
        }
    }
    /// Submit sed batch request
    ///
    /// Submit Sed Batch Request.
    /// Request body has one of the following: - a list of entitlement Ids - a list of SED Ids that user wants to have description generated by LLM.  API responses with batchId that groups Ids together
    ///
    /// `POST /suggested-entitlement-description-batches` (operation `submitSedBatchRequest`).
    pub fn submit_sed_batch_request(&self) -> SubmitSedBatchRequest {
        SubmitSedBatchRequest {
            client: self.client.clone(),
            body: None,
        }
    }
}
/// Request builder of [`SuggestedEntitlementDescriptionApi::get_sed_batch_stats`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetSedBatchStats {
    client: crate::Client,
    batch_id: String,
}
impl GetSedBatchStats {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/suggested-entitlement-description-batches/",
            &runtime::encode::path_param(&self.batch_id, false)?,
            "/stats",
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
        Output = runtime::Result<models::SedBatchStats>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(GetSedBatchStats, models::SedBatchStats, GetSedBatchStatsError);
/// The errors of [`GetSedBatchStats`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type GetSedBatchStatsError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`SuggestedEntitlementDescriptionApi::get_sed_batches`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetSedBatches {
    client: crate::Client,
    offset: Option<i64>,
    limit: Option<i64>,
    count: Option<bool>,
    count_only: Option<bool>,
    status: Option<String>,
}
impl GetSedBatches {
    /// Offset
    ///
    /// Integer specifying the offset of the first result from the beginning of the collection. The standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#paginating-results).
    /// The offset value is record-based, not page-based, and the index starts at 0.
    ///
    /// Default: `0`.
    ///
    /// Example: `0`.
    pub fn offset(mut self, value: i64) -> Self {
        self.offset = Some(value);
        self
    }
    /// Limit
    ///
    /// Integer specifying the maximum number of records to return in a single API call. The standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#paginating-results).
    /// If it is not specified, a default limit is used.
    ///
    /// Default: `250`.
    ///
    /// Example: `250`.
    pub fn limit(mut self, value: i64) -> Self {
        self.limit = Some(value);
        self
    }
    /// If `true` it will populate the `X-Total-Count` response header with the number of results that would be returned if `limit` and `offset` were ignored.
    /// The standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#paginating-results).
    /// Since requesting a total count can have a performance impact, it is recommended not to send `count=true` if that value will not be used.
    ///
    /// Default: `false`.
    ///
    /// Example: `true`.
    pub fn count(mut self, value: bool) -> Self {
        self.count = Some(value);
        self
    }
    /// If `true` it will populate the `X-Total-Count` response header with the number of results that would be returned if `limit` and `offset` were ignored.
    /// This parameter differs from the count parameter in that this one skips executing the actual query and always return an empty array.
    ///
    /// Default: `false`.
    ///
    /// Example: `true`.
    pub fn count_only(mut self, value: bool) -> Self {
        self.count_only = Some(value);
        self
    }
    /// Batch Status
    ///
    /// Example: `"completed, failed, submitted, materialized, failed"`.
    pub fn status(mut self, value: impl Into<String>) -> Self {
        self.status = Some(value.into());
        self
    }
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = "/suggested-entitlement-description-batches".to_string();
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
        if let Some(v) = &self.count_only {
            req = req.query("count-only", v, "form", true)?;
        }
        if let Some(v) = &self.status {
            req = req.query("status", v, "form", true)?;
        }
        req = req.accept("application/json")?;
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<Vec<models::SedBatchRecord>>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
    /// Every item of the list, fetching pages lazily (`limit` items per page, clamped to the documented maximum, from `offset`). The stream ends after a short page, at `X-Total-Count` when the request asks for the total, or when the server answers that the offset after a full last page is invalid.
    pub fn stream(
        self,
    ) -> runtime::BoxStream<'static, runtime::Result<models::SedBatchRecord>> {
        self.paged(None)
    }
    /// Like [`Self::stream`], ending after at most `max_items` items (the last page asks
    /// only for what is still wanted); the page size stays `limit`.
    pub fn stream_at_most(
        self,
        max_items: u64,
    ) -> runtime::BoxStream<'static, runtime::Result<models::SedBatchRecord>> {
        self.paged(Some(max_items))
    }
    fn paged(
        self,
        max_items: Option<u64>,
    ) -> runtime::BoxStream<'static, runtime::Result<models::SedBatchRecord>> {
        let paging = runtime::pagination::Paging::new(
                self.limit.and_then(|v| u64::try_from(v).ok()).unwrap_or(250u64),
            )
            .start(self.offset.and_then(|v| u64::try_from(v).ok()).unwrap_or(0))
            .max_page_size(None)
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
    GetSedBatches, Vec < models::SedBatchRecord >, GetSedBatchesError
);
/// The errors of [`GetSedBatches`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type GetSedBatchesError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`SuggestedEntitlementDescriptionApi::list_seds`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ListSeds {
    client: crate::Client,
    limit: Option<i32>,
    offset: Option<i32>,
    count: Option<bool>,
    filters: Option<String>,
    sorters: Option<String>,
    count_only: Option<bool>,
    requested_by_anyone: Option<bool>,
    show_pending_status_only: Option<bool>,
}
impl ListSeds {
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
    /// Filter results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#filtering-results)
    ///
    /// Filtering is supported for the following fields and operators:
    ///
    /// **batchId**: *eq, ne*
    ///
    /// **displayName**: *eq, ne, co*
    ///
    /// **sourceName**: *eq, ne, co*
    ///
    /// **sourceId**: *eq, ne*
    ///
    /// **status**: *eq, ne*
    ///
    /// **fullText**: *co*
    ///
    /// Example: `"displayName co \"Read and Write\""`.
    pub fn filters(mut self, value: impl Into<String>) -> Self {
        self.filters = Some(value.into());
        self
    }
    /// Sort results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#sorting-results)
    ///
    /// Sorting is supported for the following fields: **displayName, sourceName, status**
    ///
    /// Example: `"sorters=displayName"`.
    pub fn sorters(mut self, value: impl Into<String>) -> Self {
        self.sorters = Some(value.into());
        self
    }
    /// If `true` it will populate the `X-Total-Count` response header with the number of results that would be returned if `limit` and `offset` were ignored.
    /// This parameter differs from the count parameter in that this one skips executing the actual query and always return an empty array.
    ///
    /// Default: `false`.
    ///
    /// Example: `"count-only=true"`.
    pub fn count_only(mut self, value: bool) -> Self {
        self.count_only = Some(value);
        self
    }
    /// By default, the ListSeds API will only return items that you have requested to be generated.
    /// This option will allow you to see all items that have been requested
    ///
    /// Default: `false`.
    ///
    /// Example: `"requested-by-anyone=true"`.
    pub fn requested_by_anyone(mut self, value: bool) -> Self {
        self.requested_by_anyone = Some(value);
        self
    }
    /// Will limit records to items that are in "suggested" or "approved" status
    ///
    /// Default: `false`.
    ///
    /// Example: `"show-pending-status-only=true"`.
    pub fn show_pending_status_only(mut self, value: bool) -> Self {
        self.show_pending_status_only = Some(value);
        self
    }
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = "/suggested-entitlement-descriptions".to_string();
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
        if let Some(v) = &self.filters {
            req = req.query("filters", v, "form", true)?;
        }
        if let Some(v) = &self.sorters {
            req = req.query("sorters", v, "form", true)?;
        }
        if let Some(v) = &self.count_only {
            req = req.query("count-only", v, "form", true)?;
        }
        if let Some(v) = &self.requested_by_anyone {
            req = req.query("requested-by-anyone", v, "form", true)?;
        }
        if let Some(v) = &self.show_pending_status_only {
            req = req.query("show-pending-status-only", v, "form", true)?;
        }
        req = req.accept("application/json")?;
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<Vec<models::Sed>>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
    /// Every item of the list, fetching pages lazily (`limit` items per page, clamped to the documented maximum, from `offset`). The stream ends after a short page, at `X-Total-Count` when the request asks for the total, or when the server answers that the offset after a full last page is invalid.
    pub fn stream(self) -> runtime::BoxStream<'static, runtime::Result<models::Sed>> {
        self.paged(None)
    }
    /// Like [`Self::stream`], ending after at most `max_items` items (the last page asks
    /// only for what is still wanted); the page size stays `limit`.
    pub fn stream_at_most(
        self,
        max_items: u64,
    ) -> runtime::BoxStream<'static, runtime::Result<models::Sed>> {
        self.paged(Some(max_items))
    }
    fn paged(
        self,
        max_items: Option<u64>,
    ) -> runtime::BoxStream<'static, runtime::Result<models::Sed>> {
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
runtime::send_methods!(ListSeds, Vec < models::Sed >, ListSedsError);
/// The errors of [`ListSeds`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type ListSedsError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`SuggestedEntitlementDescriptionApi::patch_sed`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct PatchSed {
    client: crate::Client,
    body: Vec<models::SedPatch>,
}
impl PatchSed {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = "/suggested-entitlement-descriptions".to_string();
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
        Output = runtime::Result<models::Sed>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(PatchSed, models::Sed, PatchSedError);
/// The errors of [`PatchSed`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type PatchSedError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`SuggestedEntitlementDescriptionApi::submit_sed_approval`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct SubmitSedApproval {
    client: crate::Client,
    body: Vec<models::SedApproval>,
}
impl SubmitSedApproval {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = "/suggested-entitlement-description-approvals".to_string();
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
            req = req.json_as("application/json-patch+json", body)?;
        }
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<Vec<models::SedApprovalStatus>>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    SubmitSedApproval, Vec < models::SedApprovalStatus >, SubmitSedApprovalError
);
/// The errors of [`SubmitSedApproval`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type SubmitSedApprovalError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`SuggestedEntitlementDescriptionApi::submit_sed_assignment`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct SubmitSedAssignment {
    client: crate::Client,
    body: models::SedAssignment,
}
impl SubmitSedAssignment {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = "/suggested-entitlement-description-assignments".to_string();
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
            req = req.json_as("application/json-patch+json", body)?;
        }
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<models::SedAssignmentResponse>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    SubmitSedAssignment, models::SedAssignmentResponse, SubmitSedAssignmentError
);
/// The errors of [`SubmitSedAssignment`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type SubmitSedAssignmentError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`SuggestedEntitlementDescriptionApi::submit_sed_batch_request`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct SubmitSedBatchRequest {
    client: crate::Client,
    body: Option<models::SedBatchRequest>,
}
impl SubmitSedBatchRequest {
    /// Sed Batch Request
    pub fn body(mut self, value: models::SedBatchRequest) -> Self {
        self.body = Some(value);
        self
    }
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = "/suggested-entitlement-description-batches".to_string();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(
                runtime::Method::POST,
                crate::BASE_PATH,
                path,
            )
            .product(crate::PRODUCT);
        req = req.accept("application/json")?;
        if let Some(body) = &self.body {
            req = req.json_as("application/json-patch+json", body)?;
        }
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<models::SedBatchResponse>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    SubmitSedBatchRequest, models::SedBatchResponse, SubmitSedBatchRequestError
);
/// The errors of [`SubmitSedBatchRequest`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type SubmitSedBatchRequestError = crate::errors::Error400_401_403_404_429_500;
