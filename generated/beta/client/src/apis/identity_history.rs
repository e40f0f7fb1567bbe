//! Operations tagged `Identity History`.
#[allow(unused_imports)]
use crate::{models, runtime};
/// Operations tagged `Identity History`; get it with the client's accessor.
#[derive(Debug, Clone)]
pub struct IdentityHistoryApi {
    client: crate::Client,
}
impl IdentityHistoryApi {
    pub(crate) fn new(client: crate::Client) -> Self {
        IdentityHistoryApi { client }
    }
    /// Gets a difference of count for each access item types for the given identity between 2 snapshots
    ///
    /// This method gets a difference of count for each access item types for the given identity between 2 snapshots Requires authorization scope of 'idn:identity-history:read'
    ///
    /// `GET /historical-identities/{id}/compare` (operation `compareIdentitySnapshots`).
    ///
    /// Arguments:
    ///
    /// - `id`: The identity id Example: `"8c190e6787aa4ed9a90bd9d5344523fb"`.
    pub fn compare_identity_snapshots(
        &self,
        id: impl Into<String>,
    ) -> CompareIdentitySnapshots {
        CompareIdentitySnapshots {
            client: self.client.clone(),
            id: id.into(),
            snapshot1: None,
            snapshot2: None,
            access_item_types: None,
            limit: None,
            offset: None,
            count: None,
        }
    }
    /// Gets a list of differences of specific accesstype for the given identity between 2 snapshots
    ///
    /// This method gets a list of differences of specific accessType for the given identity between 2 snapshots Requires authorization scope of 'idn:identity-history:read'
    ///
    /// `GET /historical-identities/{id}/compare/{accessType}` (operation `compareIdentitySnapshotsAccessType`).
    ///
    /// Arguments:
    ///
    /// - `id`: The identity id Example: `"8c190e6787aa4ed9a90bd9d5344523fb"`.
    /// - `access_type`: The specific type which needs to be compared Example: `"role"`.
    pub fn compare_identity_snapshots_access_type(
        &self,
        id: impl Into<String>,
        access_type: models::CompareIdentitySnapshotsAccessTypeAccessType,
    ) -> CompareIdentitySnapshotsAccessType {
        CompareIdentitySnapshotsAccessType {
            client: self.client.clone(),
            id: id.into(),
            access_type,
            access_associated: None,
            snapshot1: None,
            snapshot2: None,
            limit: None,
            offset: None,
            count: None,
        }
    }
    /// Get latest snapshot of identity
    ///
    /// This method retrieves a specified identity Requires authorization scope of 'idn:identity-history:read'
    ///
    /// `GET /historical-identities/{id}` (operation `getHistoricalIdentity`).
    ///
    /// Arguments:
    ///
    /// - `id`: The identity id Example: `"8c190e6787aa4ed9a90bd9d5344523fb"`.
    pub fn get_historical_identity(
        &self,
        id: impl Into<String>,
    ) -> GetHistoricalIdentity {
        GetHistoricalIdentity {
            client: self.client.clone(),
            id: id.into(),
        }
    }
    /// List identity event history
    ///
    /// This method retrieves all access events for the identity Requires authorization scope of 'idn:identity-history:read'
    ///
    /// `GET /historical-identities/{id}/events` (operation `getHistoricalIdentityEvents`).
    ///
    /// Arguments:
    ///
    /// - `id`: The identity id Example: `"8c190e6787aa4ed9a90bd9d5344523fb"`.
    pub fn get_historical_identity_events(
        &self,
        id: impl Into<String>,
    ) -> GetHistoricalIdentityEvents {
        GetHistoricalIdentityEvents {
            client: self.client.clone(),
            id: id.into(),
            from: None,
            event_types: None,
            access_item_types: None,
            limit: None,
            offset: None,
            count: None,
        }
    }
    /// Gets an identity snapshot at a given date
    ///
    /// This method retrieves a specified identity snapshot at a given date Requires authorization scope of 'idn:identity-history:read'
    ///
    /// `GET /historical-identities/{id}/snapshots/{date}` (operation `getIdentitySnapshot`).
    ///
    /// Arguments:
    ///
    /// - `id`: The identity id Example: `"8c190e6787aa4ed9a90bd9d5344523fb"`.
    /// - `date`: The specified date Example: `"2007-03-01T13:00:00Z"`.
    pub fn get_identity_snapshot(
        &self,
        id: impl Into<String>,
        date: impl Into<String>,
    ) -> GetIdentitySnapshot {
        GetIdentitySnapshot {
            client: self.client.clone(),
            id: id.into(),
            date: date.into(),
        }
    }
    /// Gets the summary for the event count for a specific identity
    ///
    /// This method gets the summary for the event count for a specific identity by month/day Requires authorization scope of 'idn:identity-history:read'
    ///
    /// `GET /historical-identities/{id}/snapshot-summary` (operation `getIdentitySnapshotSummary`).
    ///
    /// Arguments:
    ///
    /// - `id`: The identity id Example: `"8c190e6787aa4ed9a90bd9d5344523fb"`.
    pub fn get_identity_snapshot_summary(
        &self,
        id: impl Into<String>,
    ) -> GetIdentitySnapshotSummary {
        GetIdentitySnapshotSummary {
            client: self.client.clone(),
            id: id.into(),
            before: None,
            interval: None,
            time_zone: None,
            limit: None,
            offset: None,
            count: None,
        }
    }
    /// Gets the start date of the identity
    ///
    /// This method retrieves start date of the identity Requires authorization scope of 'idn:identity-history:read'
    ///
    /// `GET /historical-identities/{id}/start-date` (operation `getIdentityStartDate`).
    ///
    /// Arguments:
    ///
    /// - `id`: The identity id Example: `"8c190e6787aa4ed9a90bd9d5344523fb"`.
    pub fn get_identity_start_date(
        &self,
        id: impl Into<String>,
    ) -> GetIdentityStartDate {
        GetIdentityStartDate {
            client: self.client.clone(),
            id: id.into(),
        }
    }
    /// Lists all the identities
    ///
    /// This gets the list of identities for the customer. This list end point does not support count=true request param. The total  count of identities would never be returned even if the count param is specified in the request Requires authorization scope of 'idn:identity-history:read'
    ///
    /// `GET /historical-identities` (operation `listHistoricalIdentities`).
    pub fn list_historical_identities(&self) -> ListHistoricalIdentities {
        ListHistoricalIdentities {
            client: self.client.clone(),
            starts_with_query: None,
            is_deleted: None,
            is_active: None,
            limit: None,
            offset: None,
        }
    }
    /// List access items by identity
    ///
    /// This method retrieves a list of access item for the identity filtered by the access item type
    ///
    /// `GET /historical-identities/{id}/access-items` (operation `listIdentityAccessItems`).
    ///
    /// Arguments:
    ///
    /// - `id`: The identity id Example: `"8c190e6787aa4ed9a90bd9d5344523fb"`.
    pub fn list_identity_access_items(
        &self,
        id: impl Into<String>,
    ) -> ListIdentityAccessItems {
        ListIdentityAccessItems {
            client: self.client.clone(),
            id: id.into(),
            r#type: None,
            filters: None,
            sorters: None,
            query: None,
            limit: None,
            count: None,
            offset: None,
        }
    }
    /// Get identity access items snapshot
    ///
    /// Use this API to get a list of identity access items at a specified date, filtered by item type.
    ///
    /// `GET /historical-identities/{id}/snapshots/{date}/access-items` (operation `listIdentitySnapshotAccessItems`).
    ///
    /// Arguments:
    ///
    /// - `id`: Identity ID. Example: `"8c190e6787aa4ed9a90bd9d5344523fb"`.
    /// - `date`: Specified date. Example: `"2007-03-01T13:00:00Z"`.
    pub fn list_identity_snapshot_access_items(
        &self,
        id: impl Into<String>,
        date: impl Into<String>,
    ) -> ListIdentitySnapshotAccessItems {
        ListIdentitySnapshotAccessItems {
            client: self.client.clone(),
            id: id.into(),
            date: date.into(),
            r#type: None,
        }
    }
    /// Lists all the snapshots for the identity
    ///
    /// This method retrieves all the snapshots for the identity Requires authorization scope of 'idn:identity-history:read'
    ///
    /// `GET /historical-identities/{id}/snapshots` (operation `listIdentitySnapshots`).
    ///
    /// Arguments:
    ///
    /// - `id`: The identity id Example: `"8c190e6787aa4ed9a90bd9d5344523fb"`.
    pub fn list_identity_snapshots(
        &self,
        id: impl Into<String>,
    ) -> ListIdentitySnapshots {
        ListIdentitySnapshots {
            client: self.client.clone(),
            id: id.into(),
            start: None,
            interval: None,
            limit: None,
            offset: None,
            count: None,
        }
    }
}
/// Request builder of [`IdentityHistoryApi::compare_identity_snapshots`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct CompareIdentitySnapshots {
    client: crate::Client,
    id: String,
    snapshot1: Option<String>,
    snapshot2: Option<String>,
    access_item_types: Option<Vec<String>>,
    limit: Option<i32>,
    offset: Option<i32>,
    count: Option<bool>,
}
impl CompareIdentitySnapshots {
    /// The snapshot 1 of identity
    ///
    /// Example: `"2007-03-01T13:00:00Z"`.
    pub fn snapshot1(mut self, value: impl Into<String>) -> Self {
        self.snapshot1 = Some(value.into());
        self
    }
    /// The snapshot 2 of identity
    ///
    /// Example: `"2008-03-01T13:00:00Z"`.
    pub fn snapshot2(mut self, value: impl Into<String>) -> Self {
        self.snapshot2 = Some(value.into());
        self
    }
    /// An optional list of access item types (app, account, entitlement, etc...) to return.   If null or empty, all access items types are returned
    pub fn access_item_types(mut self, value: Vec<String>) -> Self {
        self.access_item_types = Some(value);
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
        let path = [
            "/historical-identities/",
            &runtime::encode::path_param(&self.id, false)?,
            "/compare",
        ]
            .concat();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(runtime::Method::GET, crate::BASE_PATH, path)
            .product(crate::PRODUCT);
        if let Some(v) = &self.snapshot1 {
            req = req.query("snapshot1", v, "form", true)?;
        }
        if let Some(v) = &self.snapshot2 {
            req = req.query("snapshot2", v, "form", true)?;
        }
        if let Some(v) = &self.access_item_types {
            req = req.query("accessItemTypes", v, "form", true)?;
        }
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
        Output = runtime::Result<Vec<models::IdentityCompareResponse>>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
    /// Every item of the list, fetching pages lazily (`limit` items per page, clamped to the documented maximum, from `offset`). The stream ends after a short page, at `X-Total-Count` when the request asks for the total, or when the server answers that the offset after a full last page is invalid.
    pub fn stream(
        self,
    ) -> runtime::BoxStream<'static, runtime::Result<models::IdentityCompareResponse>> {
        self.paged(None)
    }
    /// Like [`Self::stream`], ending after at most `max_items` items (the last page asks
    /// only for what is still wanted); the page size stays `limit`.
    pub fn stream_at_most(
        self,
        max_items: u64,
    ) -> runtime::BoxStream<'static, runtime::Result<models::IdentityCompareResponse>> {
        self.paged(Some(max_items))
    }
    fn paged(
        self,
        max_items: Option<u64>,
    ) -> runtime::BoxStream<'static, runtime::Result<models::IdentityCompareResponse>> {
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
    CompareIdentitySnapshots, Vec < models::IdentityCompareResponse >,
    CompareIdentitySnapshotsError
);
/// The errors of [`CompareIdentitySnapshots`]: [`crate::errors::Error400_401_403_404_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type CompareIdentitySnapshotsError = crate::errors::Error400_401_403_404_500;
/// Request builder of [`IdentityHistoryApi::compare_identity_snapshots_access_type`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct CompareIdentitySnapshotsAccessType {
    client: crate::Client,
    id: String,
    access_type: models::CompareIdentitySnapshotsAccessTypeAccessType,
    access_associated: Option<bool>,
    snapshot1: Option<String>,
    snapshot2: Option<String>,
    limit: Option<i32>,
    offset: Option<i32>,
    count: Option<bool>,
}
impl CompareIdentitySnapshotsAccessType {
    /// Indicates if added or removed access needs to be returned. true - added, false - removed, null - both added & removed
    ///
    /// Example: `"2007-03-01T13:00:00Z"`.
    pub fn access_associated(mut self, value: bool) -> Self {
        self.access_associated = Some(value);
        self
    }
    /// The snapshot 1 of identity
    ///
    /// Example: `"2008-03-01T13:00:00Z"`.
    pub fn snapshot1(mut self, value: impl Into<String>) -> Self {
        self.snapshot1 = Some(value.into());
        self
    }
    /// The snapshot 2 of identity
    ///
    /// Example: `"2009-03-01T13:00:00Z"`.
    pub fn snapshot2(mut self, value: impl Into<String>) -> Self {
        self.snapshot2 = Some(value.into());
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
        let path = [
            "/historical-identities/",
            &runtime::encode::path_param(&self.id, false)?,
            "/compare/",
            &runtime::encode::path_param(&self.access_type, false)?,
        ]
            .concat();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(runtime::Method::GET, crate::BASE_PATH, path)
            .product(crate::PRODUCT);
        if let Some(v) = &self.access_associated {
            req = req.query("access-associated", v, "form", true)?;
        }
        if let Some(v) = &self.snapshot1 {
            req = req.query("snapshot1", v, "form", true)?;
        }
        if let Some(v) = &self.snapshot2 {
            req = req.query("snapshot2", v, "form", true)?;
        }
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
        Output = runtime::Result<Vec<models::AccessItemDiff>>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
    /// Every item of the list, fetching pages lazily (`limit` items per page, clamped to the documented maximum, from `offset`). The stream ends after a short page, at `X-Total-Count` when the request asks for the total, or when the server answers that the offset after a full last page is invalid.
    pub fn stream(
        self,
    ) -> runtime::BoxStream<'static, runtime::Result<models::AccessItemDiff>> {
        self.paged(None)
    }
    /// Like [`Self::stream`], ending after at most `max_items` items (the last page asks
    /// only for what is still wanted); the page size stays `limit`.
    pub fn stream_at_most(
        self,
        max_items: u64,
    ) -> runtime::BoxStream<'static, runtime::Result<models::AccessItemDiff>> {
        self.paged(Some(max_items))
    }
    fn paged(
        self,
        max_items: Option<u64>,
    ) -> runtime::BoxStream<'static, runtime::Result<models::AccessItemDiff>> {
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
    CompareIdentitySnapshotsAccessType, Vec < models::AccessItemDiff >,
    CompareIdentitySnapshotsAccessTypeError
);
/// The errors of [`CompareIdentitySnapshotsAccessType`]: [`crate::errors::Error400_401_403_404_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type CompareIdentitySnapshotsAccessTypeError = crate::errors::Error400_401_403_404_500;
/// Request builder of [`IdentityHistoryApi::get_historical_identity`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetHistoricalIdentity {
    client: crate::Client,
    id: String,
}
impl GetHistoricalIdentity {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/historical-identities/",
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
        Output = runtime::Result<models::IdentityHistoryResponse>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    GetHistoricalIdentity, models::IdentityHistoryResponse, GetHistoricalIdentityError
);
/// The errors of [`GetHistoricalIdentity`]: [`crate::errors::Error400_401_403_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type GetHistoricalIdentityError = crate::errors::Error400_401_403_429_500;
/// Request builder of [`IdentityHistoryApi::get_historical_identity_events`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetHistoricalIdentityEvents {
    client: crate::Client,
    id: String,
    from: Option<String>,
    event_types: Option<Vec<String>>,
    access_item_types: Option<Vec<String>>,
    limit: Option<i32>,
    offset: Option<i32>,
    count: Option<bool>,
}
impl GetHistoricalIdentityEvents {
    /// The optional instant until which access events are returned
    ///
    /// Example: `"2024-03-01T13:00:00Z"`.
    pub fn from(mut self, value: impl Into<String>) -> Self {
        self.from = Some(value.into());
        self
    }
    /// An optional list of event types to return.  If null or empty, all events are returned
    ///
    /// Example: `["AccessAddedEvent","AccessRemovedEvent"]`.
    pub fn event_types(mut self, value: Vec<String>) -> Self {
        self.event_types = Some(value);
        self
    }
    /// An optional list of access item types (app, account, entitlement, etc...) to return.   If null or empty, all access items types are returned
    ///
    /// Example: `["entitlement","account"]`.
    pub fn access_item_types(mut self, value: Vec<String>) -> Self {
        self.access_item_types = Some(value);
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
        let path = [
            "/historical-identities/",
            &runtime::encode::path_param(&self.id, false)?,
            "/events",
        ]
            .concat();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(runtime::Method::GET, crate::BASE_PATH, path)
            .product(crate::PRODUCT);
        if let Some(v) = &self.from {
            req = req.query("from", v, "form", true)?;
        }
        if let Some(v) = &self.event_types {
            req = req.query("eventTypes", v, "form", true)?;
        }
        if let Some(v) = &self.access_item_types {
            req = req.query("accessItemTypes", v, "form", true)?;
        }
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
        Output = runtime::Result<Vec<models::GetHistoricalIdentityEventsResponseItem>>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
    /// Every item of the list, fetching pages lazily (`limit` items per page, clamped to the documented maximum, from `offset`). The stream ends after a short page, at `X-Total-Count` when the request asks for the total, or when the server answers that the offset after a full last page is invalid.
    pub fn stream(
        self,
    ) -> runtime::BoxStream<
        'static,
        runtime::Result<models::GetHistoricalIdentityEventsResponseItem>,
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
        runtime::Result<models::GetHistoricalIdentityEventsResponseItem>,
    > {
        self.paged(Some(max_items))
    }
    fn paged(
        self,
        max_items: Option<u64>,
    ) -> runtime::BoxStream<
        'static,
        runtime::Result<models::GetHistoricalIdentityEventsResponseItem>,
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
    GetHistoricalIdentityEvents, Vec < models::GetHistoricalIdentityEventsResponseItem >,
    GetHistoricalIdentityEventsError
);
/// The errors of [`GetHistoricalIdentityEvents`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type GetHistoricalIdentityEventsError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`IdentityHistoryApi::get_identity_snapshot`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetIdentitySnapshot {
    client: crate::Client,
    id: String,
    date: String,
}
impl GetIdentitySnapshot {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/historical-identities/",
            &runtime::encode::path_param(&self.id, false)?,
            "/snapshots/",
            &runtime::encode::path_param(&self.date, false)?,
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
        Output = runtime::Result<models::IdentityHistoryResponse>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    GetIdentitySnapshot, models::IdentityHistoryResponse, GetIdentitySnapshotError
);
/// The errors of [`GetIdentitySnapshot`]: [`crate::errors::Error400_401_403_404_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type GetIdentitySnapshotError = crate::errors::Error400_401_403_404_500;
/// Request builder of [`IdentityHistoryApi::get_identity_snapshot_summary`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetIdentitySnapshotSummary {
    client: crate::Client,
    id: String,
    before: Option<String>,
    interval: Option<models::GetIdentitySnapshotSummaryInterval>,
    time_zone: Option<String>,
    limit: Option<i32>,
    offset: Option<i32>,
    count: Option<bool>,
}
impl GetIdentitySnapshotSummary {
    /// The date before which snapshot summary is required
    ///
    /// Example: `"2007-03-01T13:00:00Z"`.
    pub fn before(mut self, value: impl Into<String>) -> Self {
        self.before = Some(value.into());
        self
    }
    /// The interval indicating day or month. Defaults to month if not specified
    pub fn interval(
        mut self,
        value: models::GetIdentitySnapshotSummaryInterval,
    ) -> Self {
        self.interval = Some(value);
        self
    }
    /// The time zone. Defaults to UTC if not provided
    ///
    /// Example: `"UTC"`.
    pub fn time_zone(mut self, value: impl Into<String>) -> Self {
        self.time_zone = Some(value.into());
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
        let path = [
            "/historical-identities/",
            &runtime::encode::path_param(&self.id, false)?,
            "/snapshot-summary",
        ]
            .concat();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(runtime::Method::GET, crate::BASE_PATH, path)
            .product(crate::PRODUCT);
        if let Some(v) = &self.before {
            req = req.query("before", v, "form", true)?;
        }
        if let Some(v) = &self.interval {
            req = req.query("interval", v, "form", true)?;
        }
        if let Some(v) = &self.time_zone {
            req = req.query("time-zone", v, "form", true)?;
        }
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
        Output = runtime::Result<Vec<models::MetricResponse>>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
    /// Every item of the list, fetching pages lazily (`limit` items per page, clamped to the documented maximum, from `offset`). The stream ends after a short page, at `X-Total-Count` when the request asks for the total, or when the server answers that the offset after a full last page is invalid.
    pub fn stream(
        self,
    ) -> runtime::BoxStream<'static, runtime::Result<models::MetricResponse>> {
        self.paged(None)
    }
    /// Like [`Self::stream`], ending after at most `max_items` items (the last page asks
    /// only for what is still wanted); the page size stays `limit`.
    pub fn stream_at_most(
        self,
        max_items: u64,
    ) -> runtime::BoxStream<'static, runtime::Result<models::MetricResponse>> {
        self.paged(Some(max_items))
    }
    fn paged(
        self,
        max_items: Option<u64>,
    ) -> runtime::BoxStream<'static, runtime::Result<models::MetricResponse>> {
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
    GetIdentitySnapshotSummary, Vec < models::MetricResponse >,
    GetIdentitySnapshotSummaryError
);
/// The errors of [`GetIdentitySnapshotSummary`]: [`crate::errors::Error400_401_403_404_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type GetIdentitySnapshotSummaryError = crate::errors::Error400_401_403_404_500;
/// Request builder of [`IdentityHistoryApi::get_identity_start_date`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetIdentityStartDate {
    client: crate::Client,
    id: String,
}
impl GetIdentityStartDate {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/historical-identities/",
            &runtime::encode::path_param(&self.id, false)?,
            "/start-date",
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
    ) -> impl std::future::Future<Output = runtime::Result<String>> + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(GetIdentityStartDate, String, GetIdentityStartDateError);
/// The errors of [`GetIdentityStartDate`]: [`crate::errors::Error400_401_403_404_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type GetIdentityStartDateError = crate::errors::Error400_401_403_404_500;
/// Request builder of [`IdentityHistoryApi::list_historical_identities`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ListHistoricalIdentities {
    client: crate::Client,
    starts_with_query: Option<String>,
    is_deleted: Option<bool>,
    is_active: Option<bool>,
    limit: Option<i32>,
    offset: Option<i32>,
}
impl ListHistoricalIdentities {
    /// This param is used for starts-with search for first, last and display name of the identity
    ///
    /// Example: `"Ada"`.
    pub fn starts_with_query(mut self, value: impl Into<String>) -> Self {
        self.starts_with_query = Some(value.into());
        self
    }
    /// Indicates if we want to only list down deleted identities or not.
    ///
    /// Example: `true`.
    pub fn is_deleted(mut self, value: bool) -> Self {
        self.is_deleted = Some(value);
        self
    }
    /// Indicates if we want to only list active or inactive identities.
    ///
    /// Example: `true`.
    pub fn is_active(mut self, value: bool) -> Self {
        self.is_active = Some(value);
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
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = "/historical-identities".to_string();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(runtime::Method::GET, crate::BASE_PATH, path)
            .product(crate::PRODUCT);
        if let Some(v) = &self.starts_with_query {
            req = req.query("starts-with-query", v, "form", true)?;
        }
        if let Some(v) = &self.is_deleted {
            req = req.query("is-deleted", v, "form", true)?;
        }
        if let Some(v) = &self.is_active {
            req = req.query("is-active", v, "form", true)?;
        }
        if let Some(v) = &self.limit {
            req = req.query("limit", v, "form", true)?;
        }
        if let Some(v) = &self.offset {
            req = req.query("offset", v, "form", true)?;
        }
        req = req.accept("application/json")?;
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<Vec<models::IdentityListItem>>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
    /// Every item of the list, fetching pages lazily (`limit` items per page, clamped to the documented maximum, from `offset`). The stream ends after a short page, at `X-Total-Count` when the request asks for the total, or when the server answers that the offset after a full last page is invalid.
    pub fn stream(
        self,
    ) -> runtime::BoxStream<'static, runtime::Result<models::IdentityListItem>> {
        self.paged(None)
    }
    /// Like [`Self::stream`], ending after at most `max_items` items (the last page asks
    /// only for what is still wanted); the page size stays `limit`.
    pub fn stream_at_most(
        self,
        max_items: u64,
    ) -> runtime::BoxStream<'static, runtime::Result<models::IdentityListItem>> {
        self.paged(Some(max_items))
    }
    fn paged(
        self,
        max_items: Option<u64>,
    ) -> runtime::BoxStream<'static, runtime::Result<models::IdentityListItem>> {
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
    ListHistoricalIdentities, Vec < models::IdentityListItem >,
    ListHistoricalIdentitiesError
);
/// The errors of [`ListHistoricalIdentities`]: [`crate::errors::Error400_401_403_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type ListHistoricalIdentitiesError = crate::errors::Error400_401_403_429_500;
/// Request builder of [`IdentityHistoryApi::list_identity_access_items`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ListIdentityAccessItems {
    client: crate::Client,
    id: String,
    r#type: Option<models::ListIdentityAccessItemsType>,
    filters: Option<String>,
    sorters: Option<String>,
    query: Option<String>,
    limit: Option<i32>,
    count: Option<bool>,
    offset: Option<i32>,
}
impl ListIdentityAccessItems {
    /// The type of access item for the identity. If not provided, it defaults to account.
    ///
    /// Types of access items: **accessProfile, account, app, entitlement, role**
    ///
    /// Example: `"account"`.
    pub fn r#type(mut self, value: models::ListIdentityAccessItemsType) -> Self {
        self.r#type = Some(value);
        self
    }
    /// Filter results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#filtering-results)
    ///
    /// Filtering is supported for the following fields and operators:
    ///
    /// **source**: *eq*
    ///
    /// **standalone**: *eq*
    ///
    /// **privileged**: *eq*
    ///
    /// **attribute**: *eq*
    ///
    /// **cloudGoverned**: *eq*
    ///
    /// Example: `"source eq \"DataScienceDataset\""`.
    pub fn filters(mut self, value: impl Into<String>) -> Self {
        self.filters = Some(value.into());
        self
    }
    /// Sort results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#sorting-results)
    ///
    /// Sorting is supported for the following fields: **name, value, standalone, privileged, attribute, source, cloudGoverned, removeDate, nativeIdentity, entitlementCount**
    ///
    /// Example: `"name"`.
    pub fn sorters(mut self, value: impl Into<String>) -> Self {
        self.sorters = Some(value.into());
        self
    }
    /// This param is used to search if certain fields of the access item contain the string provided.
    ///
    /// Searching is supported for the following fields depending on the type:
    ///
    /// Access Profiles: **name, description**
    ///
    /// Accounts: **name, nativeIdentity**
    ///
    /// Apps: **name**
    ///
    /// Entitlements: **name, value, description**
    ///
    /// Roles: **name, description**
    ///
    /// Example: `"Dr. Arden"`.
    pub fn query(mut self, value: impl Into<String>) -> Self {
        self.query = Some(value.into());
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
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/historical-identities/",
            &runtime::encode::path_param(&self.id, false)?,
            "/access-items",
        ]
            .concat();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(runtime::Method::GET, crate::BASE_PATH, path)
            .product(crate::PRODUCT);
        if let Some(v) = &self.r#type {
            req = req.query("type", v, "form", true)?;
        }
        if let Some(v) = &self.filters {
            req = req.query("filters", v, "form", true)?;
        }
        if let Some(v) = &self.sorters {
            req = req.query("sorters", v, "form", true)?;
        }
        if let Some(v) = &self.query {
            req = req.query("query", v, "form", true)?;
        }
        if let Some(v) = &self.limit {
            req = req.query("limit", v, "form", true)?;
        }
        if let Some(v) = &self.count {
            req = req.query("count", v, "form", true)?;
        }
        if let Some(v) = &self.offset {
            req = req.query("offset", v, "form", true)?;
        }
        req = req.accept("application/json")?;
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<Vec<models::ListIdentityAccessItemsResponseItem>>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
    /// Every item of the list, fetching pages lazily (`limit` items per page, clamped to the documented maximum, from `offset`). The stream ends after a short page, at `X-Total-Count` when the request asks for the total, or when the server answers that the offset after a full last page is invalid.
    pub fn stream(
        self,
    ) -> runtime::BoxStream<
        'static,
        runtime::Result<models::ListIdentityAccessItemsResponseItem>,
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
        runtime::Result<models::ListIdentityAccessItemsResponseItem>,
    > {
        self.paged(Some(max_items))
    }
    fn paged(
        self,
        max_items: Option<u64>,
    ) -> runtime::BoxStream<
        'static,
        runtime::Result<models::ListIdentityAccessItemsResponseItem>,
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
    ListIdentityAccessItems, Vec < models::ListIdentityAccessItemsResponseItem >,
    ListIdentityAccessItemsError
);
/// The errors of [`ListIdentityAccessItems`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type ListIdentityAccessItemsError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`IdentityHistoryApi::list_identity_snapshot_access_items`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ListIdentitySnapshotAccessItems {
    client: crate::Client,
    id: String,
    date: String,
    r#type: Option<models::ListIdentitySnapshotAccessItemsType>,
}
impl ListIdentitySnapshotAccessItems {
    /// Access item type.
    ///
    /// Example: `"account"`.
    pub fn r#type(mut self, value: models::ListIdentitySnapshotAccessItemsType) -> Self {
        self.r#type = Some(value);
        self
    }
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/historical-identities/",
            &runtime::encode::path_param(&self.id, false)?,
            "/snapshots/",
            &runtime::encode::path_param(&self.date, false)?,
            "/access-items",
        ]
            .concat();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(runtime::Method::GET, crate::BASE_PATH, path)
            .product(crate::PRODUCT);
        if let Some(v) = &self.r#type {
            req = req.query("type", v, "form", true)?;
        }
        req = req.accept("application/json")?;
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<
            Vec<models::ListIdentitySnapshotAccessItemsResponseItem>,
        >,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    ListIdentitySnapshotAccessItems, Vec <
    models::ListIdentitySnapshotAccessItemsResponseItem >,
    ListIdentitySnapshotAccessItemsError
);
/// The errors of [`ListIdentitySnapshotAccessItems`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type ListIdentitySnapshotAccessItemsError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`IdentityHistoryApi::list_identity_snapshots`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ListIdentitySnapshots {
    client: crate::Client,
    id: String,
    start: Option<String>,
    interval: Option<models::ListIdentitySnapshotsInterval>,
    limit: Option<i32>,
    offset: Option<i32>,
    count: Option<bool>,
}
impl ListIdentitySnapshots {
    /// The specified start date
    ///
    /// Example: `"2007-03-01T13:00:00Z"`.
    pub fn start(mut self, value: impl Into<String>) -> Self {
        self.start = Some(value.into());
        self
    }
    /// The interval indicating the range in day or month for the specified interval-name
    pub fn interval(mut self, value: models::ListIdentitySnapshotsInterval) -> Self {
        self.interval = Some(value);
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
        let path = [
            "/historical-identities/",
            &runtime::encode::path_param(&self.id, false)?,
            "/snapshots",
        ]
            .concat();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(runtime::Method::GET, crate::BASE_PATH, path)
            .product(crate::PRODUCT);
        if let Some(v) = &self.start {
            req = req.query("start", v, "form", true)?;
        }
        if let Some(v) = &self.interval {
            req = req.query("interval", v, "form", true)?;
        }
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
        Output = runtime::Result<Vec<models::IdentitySnapshotSummaryResponse>>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
    /// Every item of the list, fetching pages lazily (`limit` items per page, clamped to the documented maximum, from `offset`). The stream ends after a short page, at `X-Total-Count` when the request asks for the total, or when the server answers that the offset after a full last page is invalid.
    pub fn stream(
        self,
    ) -> runtime::BoxStream<
        'static,
        runtime::Result<models::IdentitySnapshotSummaryResponse>,
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
        runtime::Result<models::IdentitySnapshotSummaryResponse>,
    > {
        self.paged(Some(max_items))
    }
    fn paged(
        self,
        max_items: Option<u64>,
    ) -> runtime::BoxStream<
        'static,
        runtime::Result<models::IdentitySnapshotSummaryResponse>,
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
    ListIdentitySnapshots, Vec < models::IdentitySnapshotSummaryResponse >,
    ListIdentitySnapshotsError
);
/// The errors of [`ListIdentitySnapshots`]: [`crate::errors::Error400_401_403_404_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type ListIdentitySnapshotsError = crate::errors::Error400_401_403_404_500;
