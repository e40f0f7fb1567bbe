//! Operations tagged `Data Segmentation`.
//!
//! This service is responsible for creating segments that will determine how access is delegated to identities
//! withing the organization.
#[allow(unused_imports)]
use crate::{models, runtime};
/// Operations tagged `Data Segmentation`; get it with the client's accessor.
#[derive(Debug, Clone)]
pub struct DataSegmentationApi {
    client: crate::Client,
}
impl DataSegmentationApi {
    pub(crate) fn new(client: crate::Client) -> Self {
        DataSegmentationApi { client }
    }
    /// Create segment
    ///
    /// This API creates a segment.
    /// >**Note:** Segment definitions may take time to propagate to all identities.
    ///
    /// `POST /data-segments` (operation `createDataSegment`).
    ///
    /// **Experimental**: the API may change or remove this operation without notice. It is sent only with the caller's consent, [`runtime::Configuration::with_experimental`]`(true)`; without it, it fails with [`runtime::Error::ExperimentalNotEnabled`] before anything is sent. The client adds the header the API requires.
    ///
    /// Arguments:
    ///
    /// - `body`: The request body (`application/json`).
    pub fn create_data_segment(&self, body: models::DataSegment) -> CreateDataSegment {
        CreateDataSegment {
            client: self.client.clone(),
            body,
        }
    }
    /// Delete segment by id
    ///
    /// This API deletes the segment specified by the given ID.
    ///
    /// `DELETE /data-segments/{id}` (operation `deleteDataSegment`).
    ///
    /// **Experimental**: the API may change or remove this operation without notice. It is sent only with the caller's consent, [`runtime::Configuration::with_experimental`]`(true)`; without it, it fails with [`runtime::Error::ExperimentalNotEnabled`] before anything is sent. The client adds the header the API requires.
    ///
    /// Arguments:
    ///
    /// - `id`: The segment ID to delete. Example: `"ef38f943-47e9-4562-b5bb-8424a56397d8"`.
    pub fn delete_data_segment(&self, id: impl Into<String>) -> DeleteDataSegment {
        DeleteDataSegment {
            client: self.client.clone(),
            id: id.into(),
            published: None,
        }
    }
    /// Get segment by id
    ///
    /// This API returns the segment specified by the given ID.
    ///
    /// `GET /data-segments/{id}` (operation `getDataSegment`).
    ///
    /// **Experimental**: the API may change or remove this operation without notice. It is sent only with the caller's consent, [`runtime::Configuration::with_experimental`]`(true)`; without it, it fails with [`runtime::Error::ExperimentalNotEnabled`] before anything is sent. The client adds the header the API requires.
    ///
    /// Arguments:
    ///
    /// - `id`: The segment ID to retrieve. Example: `"ef38f943-47e9-4562-b5bb-8424a56397d8"`.
    pub fn get_data_segment(&self, id: impl Into<String>) -> GetDataSegment {
        GetDataSegment {
            client: self.client.clone(),
            id: id.into(),
        }
    }
    /// Get segmentmembership by identity id
    ///
    /// This API returns the segment membership specified by the given identity ID.
    ///
    /// `GET /data-segments/membership/{identityId}` (operation `getDataSegmentIdentityMembership`).
    ///
    /// **Experimental**: the API may change or remove this operation without notice. It is sent only with the caller's consent, [`runtime::Configuration::with_experimental`]`(true)`; without it, it fails with [`runtime::Error::ExperimentalNotEnabled`] before anything is sent. The client adds the header the API requires.
    ///
    /// Arguments:
    ///
    /// - `identity_id`: The identity ID to retrieve the segments they are in. Example: `"ef38f943-47e9-4562-b5bb-8424a56397d8"`.
    pub fn get_data_segment_identity_membership(
        &self,
        identity_id: impl Into<String>,
    ) -> GetDataSegmentIdentityMembership {
        GetDataSegmentIdentityMembership {
            client: self.client.clone(),
            identity_id: identity_id.into(),
        }
    }
    /// Is segmentation enabled by identity
    ///
    /// This API returns whether or not segmentation is enabled for the identity.
    ///
    /// `GET /data-segments/user-enabled/{identityId}` (operation `getDataSegmentationEnabledForUser`).
    ///
    /// **Experimental**: the API may change or remove this operation without notice. It is sent only with the caller's consent, [`runtime::Configuration::with_experimental`]`(true)`; without it, it fails with [`runtime::Error::ExperimentalNotEnabled`] before anything is sent. The client adds the header the API requires.
    ///
    /// Arguments:
    ///
    /// - `identity_id`: The identity ID to retrieve if segmentation is enabled for the identity. Example: `"ef38f943-47e9-4562-b5bb-8424a56397d8"`.
    pub fn get_data_segmentation_enabled_for_user(
        &self,
        identity_id: impl Into<String>,
    ) -> GetDataSegmentationEnabledForUser {
        GetDataSegmentationEnabledForUser {
            client: self.client.clone(),
            identity_id: identity_id.into(),
        }
    }
    /// Get segments
    ///
    /// This API returns the segment specified by the given ID.
    ///
    /// `GET /data-segments` (operation `listDataSegments`).
    ///
    /// **Experimental**: the API may change or remove this operation without notice. It is sent only with the caller's consent, [`runtime::Configuration::with_experimental`]`(true)`; without it, it fails with [`runtime::Error::ExperimentalNotEnabled`] before anything is sent. The client adds the header the API requires.
    pub fn list_data_segments(&self) -> ListDataSegments {
        ListDataSegments {
            client: self.client.clone(),
            enabled: None,
            unique: None,
            published: None,
            limit: None,
            offset: None,
            count: None,
            filters: None,
        }
    }
    /// Update segment
    ///
    /// Use this API to update segment fields by using the [JSON Patch](https://tools.ietf.org/html/rfc6902) standard.
    ///
    /// `PATCH /data-segments/{id}` (operation `patchDataSegment`).
    ///
    /// **Experimental**: the API may change or remove this operation without notice. It is sent only with the caller's consent, [`runtime::Configuration::with_experimental`]`(true)`; without it, it fails with [`runtime::Error::ExperimentalNotEnabled`] before anything is sent. The client adds the header the API requires.
    ///
    /// Arguments:
    ///
    /// - `id`: The segment ID to modify. Example: `"ef38f943-47e9-4562-b5bb-8424a56397d8"`.
    /// - `body`: A list of segment update operations according to the [JSON Patch](https://tools.ietf.org/html/rfc6902) standard. The following fields are patchable: * name * description * membership * memberFilter * memberSelection * scopes * enabled
    pub fn patch_data_segment(
        &self,
        id: impl Into<String>,
        body: Vec<models::serde_json::Value>,
    ) -> PatchDataSegment {
        PatchDataSegment {
            client: self.client.clone(),
            id: id.into(),
            body,
        }
    }
    /// Publish segment by id
    ///
    /// This will publish the segment so that it starts applying the segmentation to the desired users if enabled
    ///
    /// `POST /data-segments/{segmentId}` (operation `publishDataSegment`).
    ///
    /// **Experimental**: the API may change or remove this operation without notice. It is sent only with the caller's consent, [`runtime::Configuration::with_experimental`]`(true)`; without it, it fails with [`runtime::Error::ExperimentalNotEnabled`] before anything is sent. The client adds the header the API requires.
    ///
    /// Arguments:
    ///
    /// - `segment_id`: The `segmentId` path parameter.
    /// - `body`: A list of segment ids that you wish to publish
    pub fn publish_data_segment(
        &self,
        segment_id: impl Into<String>,
        body: Vec<String>,
    ) -> PublishDataSegment {
        PublishDataSegment {
            client: self.client.clone(),
            publish_all: None,
            segment_id: segment_id.into(),
            body,
        }
    }
}
/// Request builder of [`DataSegmentationApi::create_data_segment`]: set optional parameters, then `.send().await`.
///
/// **Experimental**: the API may change or remove this operation without notice. It is sent only with the caller's consent, [`runtime::Configuration::with_experimental`]`(true)`; without it, it fails with [`runtime::Error::ExperimentalNotEnabled`] before anything is sent. The client adds the header the API requires.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct CreateDataSegment {
    client: crate::Client,
    body: models::DataSegment,
}
impl CreateDataSegment {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = "/data-segments".to_string();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(
                runtime::Method::POST,
                crate::BASE_PATH,
                path,
            )
            .product(crate::PRODUCT);
        req = req.experimental("createDataSegment", "X-SailPoint-Experimental", "true")?;
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
        Output = runtime::Result<models::DataSegment>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(CreateDataSegment, models::DataSegment, CreateDataSegmentError);
/// The errors of [`CreateDataSegment`]: [`crate::errors::Error400_401_403_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type CreateDataSegmentError = crate::errors::Error400_401_403_429_500;
/// Request builder of [`DataSegmentationApi::delete_data_segment`]: set optional parameters, then `.send().await`.
///
/// **Experimental**: the API may change or remove this operation without notice. It is sent only with the caller's consent, [`runtime::Configuration::with_experimental`]`(true)`; without it, it fails with [`runtime::Error::ExperimentalNotEnabled`] before anything is sent. The client adds the header the API requires.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct DeleteDataSegment {
    client: crate::Client,
    id: String,
    published: Option<bool>,
}
impl DeleteDataSegment {
    /// This determines which version of the segment to delete
    ///
    /// Default: `false`.
    ///
    /// Example: `false`.
    pub fn published(mut self, value: bool) -> Self {
        self.published = Some(value);
        self
    }
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = ["/data-segments/", &runtime::encode::path_param(&self.id, false)?]
            .concat();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(
                runtime::Method::DELETE,
                crate::BASE_PATH,
                path,
            )
            .product(crate::PRODUCT);
        if let Some(v) = &self.published {
            req = req.query("published", v, "form", true)?;
        }
        req = req.experimental("deleteDataSegment", "X-SailPoint-Experimental", "true")?;
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<Output = runtime::Result<()>> + Send + 'static {
        resp.empty()
    }
}
runtime::send_methods!(DeleteDataSegment, (), DeleteDataSegmentError);
/// The errors of [`DeleteDataSegment`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type DeleteDataSegmentError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`DataSegmentationApi::get_data_segment`]: set optional parameters, then `.send().await`.
///
/// **Experimental**: the API may change or remove this operation without notice. It is sent only with the caller's consent, [`runtime::Configuration::with_experimental`]`(true)`; without it, it fails with [`runtime::Error::ExperimentalNotEnabled`] before anything is sent. The client adds the header the API requires.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetDataSegment {
    client: crate::Client,
    id: String,
}
impl GetDataSegment {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = ["/data-segments/", &runtime::encode::path_param(&self.id, false)?]
            .concat();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(runtime::Method::GET, crate::BASE_PATH, path)
            .product(crate::PRODUCT);
        req = req.experimental("getDataSegment", "X-SailPoint-Experimental", "true")?;
        req = req.accept("application/json")?;
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<models::DataSegment>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(GetDataSegment, models::DataSegment, GetDataSegmentError);
/// The errors of [`GetDataSegment`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type GetDataSegmentError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`DataSegmentationApi::get_data_segment_identity_membership`]: set optional parameters, then `.send().await`.
///
/// **Experimental**: the API may change or remove this operation without notice. It is sent only with the caller's consent, [`runtime::Configuration::with_experimental`]`(true)`; without it, it fails with [`runtime::Error::ExperimentalNotEnabled`] before anything is sent. The client adds the header the API requires.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetDataSegmentIdentityMembership {
    client: crate::Client,
    identity_id: String,
}
impl GetDataSegmentIdentityMembership {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/data-segments/membership/",
            &runtime::encode::path_param(&self.identity_id, false)?,
        ]
            .concat();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(runtime::Method::GET, crate::BASE_PATH, path)
            .product(crate::PRODUCT);
        req = req
            .experimental(
                "getDataSegmentIdentityMembership",
                "X-SailPoint-Experimental",
                "true",
            )?;
        req = req.accept("application/json")?;
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<
            models::primitives::OneOrMany<models::SegmentMembership>,
        >,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    GetDataSegmentIdentityMembership, models::primitives::OneOrMany <
    models::SegmentMembership >, GetDataSegmentIdentityMembershipError
);
/// The errors of [`GetDataSegmentIdentityMembership`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type GetDataSegmentIdentityMembershipError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`DataSegmentationApi::get_data_segmentation_enabled_for_user`]: set optional parameters, then `.send().await`.
///
/// **Experimental**: the API may change or remove this operation without notice. It is sent only with the caller's consent, [`runtime::Configuration::with_experimental`]`(true)`; without it, it fails with [`runtime::Error::ExperimentalNotEnabled`] before anything is sent. The client adds the header the API requires.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetDataSegmentationEnabledForUser {
    client: crate::Client,
    identity_id: String,
}
impl GetDataSegmentationEnabledForUser {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/data-segments/user-enabled/",
            &runtime::encode::path_param(&self.identity_id, false)?,
        ]
            .concat();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(runtime::Method::GET, crate::BASE_PATH, path)
            .product(crate::PRODUCT);
        req = req
            .experimental(
                "getDataSegmentationEnabledForUser",
                "X-SailPoint-Experimental",
                "true",
            )?;
        req = req.accept("application/json")?;
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<Output = runtime::Result<bool>> + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    GetDataSegmentationEnabledForUser, bool, GetDataSegmentationEnabledForUserError
);
/// The errors of [`GetDataSegmentationEnabledForUser`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type GetDataSegmentationEnabledForUserError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`DataSegmentationApi::list_data_segments`]: set optional parameters, then `.send().await`.
///
/// **Experimental**: the API may change or remove this operation without notice. It is sent only with the caller's consent, [`runtime::Configuration::with_experimental`]`(true)`; without it, it fails with [`runtime::Error::ExperimentalNotEnabled`] before anything is sent. The client adds the header the API requires.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ListDataSegments {
    client: crate::Client,
    enabled: Option<bool>,
    unique: Option<bool>,
    published: Option<bool>,
    limit: Option<i32>,
    offset: Option<i32>,
    count: Option<bool>,
    filters: Option<String>,
}
impl ListDataSegments {
    /// This boolean indicates whether the segment is currently active. Inactive segments have no effect.
    ///
    /// Default: `true`.
    ///
    /// Example: `true`.
    pub fn enabled(mut self, value: bool) -> Self {
        self.enabled = Some(value);
        self
    }
    /// This returns only one record if set to true and that would be the published record if exists.
    ///
    /// Default: `false`.
    ///
    /// Example: `false`.
    pub fn unique(mut self, value: bool) -> Self {
        self.unique = Some(value);
        self
    }
    /// This boolean indicates whether the segment is being applied to the accounts. If unpublished its being actively modified until published
    ///
    /// Default: `true`.
    ///
    /// Example: `true`.
    pub fn published(mut self, value: bool) -> Self {
        self.published = Some(value);
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
    /// Filter results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#filtering-results)
    ///
    /// Filtering is supported for the following fields and operators:
    ///
    /// **id**: *eq, in, sw*
    ///
    /// **name**: *eq, in, sw*
    pub fn filters(mut self, value: impl Into<String>) -> Self {
        self.filters = Some(value.into());
        self
    }
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = "/data-segments".to_string();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(runtime::Method::GET, crate::BASE_PATH, path)
            .product(crate::PRODUCT);
        if let Some(v) = &self.enabled {
            req = req.query("enabled", v, "form", true)?;
        }
        if let Some(v) = &self.unique {
            req = req.query("unique", v, "form", true)?;
        }
        if let Some(v) = &self.published {
            req = req.query("published", v, "form", true)?;
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
        if let Some(v) = &self.filters {
            req = req.query("filters", v, "form", true)?;
        }
        req = req.experimental("listDataSegments", "X-SailPoint-Experimental", "true")?;
        req = req.accept("application/json")?;
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<Vec<models::DataSegment>>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
    /// Every item of the list, fetching pages lazily (`limit` items per page, clamped to the documented maximum, from `offset`). The stream ends after a short page, at `X-Total-Count` when the request asks for the total, or when the server answers that the offset after a full last page is invalid.
    pub fn stream(
        self,
    ) -> runtime::BoxStream<'static, runtime::Result<models::DataSegment>> {
        self.paged(None)
    }
    /// Like [`Self::stream`], ending after at most `max_items` items (the last page asks
    /// only for what is still wanted); the page size stays `limit`.
    pub fn stream_at_most(
        self,
        max_items: u64,
    ) -> runtime::BoxStream<'static, runtime::Result<models::DataSegment>> {
        self.paged(Some(max_items))
    }
    fn paged(
        self,
        max_items: Option<u64>,
    ) -> runtime::BoxStream<'static, runtime::Result<models::DataSegment>> {
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
    ListDataSegments, Vec < models::DataSegment >, ListDataSegmentsError
);
/// The errors of [`ListDataSegments`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type ListDataSegmentsError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`DataSegmentationApi::patch_data_segment`]: set optional parameters, then `.send().await`.
///
/// **Experimental**: the API may change or remove this operation without notice. It is sent only with the caller's consent, [`runtime::Configuration::with_experimental`]`(true)`; without it, it fails with [`runtime::Error::ExperimentalNotEnabled`] before anything is sent. The client adds the header the API requires.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct PatchDataSegment {
    client: crate::Client,
    id: String,
    body: Vec<models::serde_json::Value>,
}
impl PatchDataSegment {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = ["/data-segments/", &runtime::encode::path_param(&self.id, false)?]
            .concat();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(
                runtime::Method::PATCH,
                crate::BASE_PATH,
                path,
            )
            .product(crate::PRODUCT);
        req = req.experimental("patchDataSegment", "X-SailPoint-Experimental", "true")?;
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
        Output = runtime::Result<models::DataSegment>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(PatchDataSegment, models::DataSegment, PatchDataSegmentError);
/// The errors of [`PatchDataSegment`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type PatchDataSegmentError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`DataSegmentationApi::publish_data_segment`]: set optional parameters, then `.send().await`.
///
/// **Experimental**: the API may change or remove this operation without notice. It is sent only with the caller's consent, [`runtime::Configuration::with_experimental`]`(true)`; without it, it fails with [`runtime::Error::ExperimentalNotEnabled`] before anything is sent. The client adds the header the API requires.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct PublishDataSegment {
    client: crate::Client,
    publish_all: Option<bool>,
    segment_id: String,
    body: Vec<String>,
}
impl PublishDataSegment {
    /// This flag decides whether you want to publish all unpublished or a list of specific segment ids
    ///
    /// Default: `true`.
    ///
    /// Example: `true`.
    pub fn publish_all(mut self, value: bool) -> Self {
        self.publish_all = Some(value);
        self
    }
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/data-segments/",
            &runtime::encode::path_param(&self.segment_id, false)?,
        ]
            .concat();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(
                runtime::Method::POST,
                crate::BASE_PATH,
                path,
            )
            .product(crate::PRODUCT);
        if let Some(v) = &self.publish_all {
            req = req.query("publishAll", v, "form", true)?;
        }
        req = req
            .experimental("publishDataSegment", "X-SailPoint-Experimental", "true")?;
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
runtime::send_methods!(PublishDataSegment, (), PublishDataSegmentError);
/// The errors of [`PublishDataSegment`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type PublishDataSegmentError = crate::errors::Error400_401_403_404_429_500;
