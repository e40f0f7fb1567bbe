//! Operations tagged `IAI Outliers`.
#[allow(unused_imports)]
use crate::{models, runtime};
/// Operations tagged `IAI Outliers`; get it with the client's accessor.
#[derive(Debug, Clone)]
pub struct IaiOutliersApi {
    client: crate::Client,
}
impl IaiOutliersApi {
    pub(crate) fn new(client: crate::Client) -> Self {
        IaiOutliersApi { client }
    }
    /// Iai identity outliers export
    ///
    /// This API exports a list of ignored outliers to a CSV as well as list of non-ignored outliers to a CSV. These two CSVs will be zipped and exported.
    ///
    /// Columns will include: identityId, type, firstDetectionDate, latestDetectionDate, ignored, & attributes (defined set of identity attributes).
    ///
    /// `GET /outliers/export` (operation `exportOutliersZip`).
    ///
    /// **Experimental**: the API may change or remove this operation without notice. It is sent only with the caller's consent, [`runtime::Configuration::with_experimental`]`(true)`; without it, it fails with [`runtime::Error::ExperimentalNotEnabled`] before anything is sent. The client adds the header the API requires.
    pub fn export_outliers_zip(&self) -> ExportOutliersZip {
        ExportOutliersZip {
            client: self.client.clone(),
            r#type: None,
        }
    }
    /// Iai identity outliers summary
    ///
    /// This API returns a summary containing the number of identities that customer has, the number of outliers, and the type of outlier.
    ///
    /// `GET /outlier-summaries` (operation `getIdentityOutlierSnapshots`).
    ///
    /// **Experimental**: the API may change or remove this operation without notice. It is sent only with the caller's consent, [`runtime::Configuration::with_experimental`]`(true)`; without it, it fails with [`runtime::Error::ExperimentalNotEnabled`] before anything is sent. The client adds the header the API requires.
    pub fn get_identity_outlier_snapshots(&self) -> GetIdentityOutlierSnapshots {
        GetIdentityOutlierSnapshots {
            client: self.client.clone(),
            limit: None,
            offset: None,
            r#type: None,
            filters: None,
            sorters: None,
        }
    }
    /// Iai get identity outliers
    ///
    /// This API returns a list of outliers, containing data such as identity ID, outlier type, detection dates, identity attributes, if identity is ignored, and certification information.
    ///
    /// `GET /outliers` (operation `getIdentityOutliers`).
    ///
    /// **Experimental**: the API may change or remove this operation without notice. It is sent only with the caller's consent, [`runtime::Configuration::with_experimental`]`(true)`; without it, it fails with [`runtime::Error::ExperimentalNotEnabled`] before anything is sent. The client adds the header the API requires.
    pub fn get_identity_outliers(&self) -> GetIdentityOutliers {
        GetIdentityOutliers {
            client: self.client.clone(),
            limit: None,
            offset: None,
            count: None,
            r#type: None,
            filters: None,
            sorters: None,
        }
    }
    /// Iai identity outliers latest summary
    ///
    /// This API returns a most recent snapshot of each outlier type, each containing the number of identities that customer has, the number of outliers, and the type of outlier.
    ///
    /// `GET /outlier-summaries/latest` (operation `getLatestIdentityOutlierSnapshots`).
    ///
    /// **Experimental**: the API may change or remove this operation without notice. It is sent only with the caller's consent, [`runtime::Configuration::with_experimental`]`(true)`; without it, it fails with [`runtime::Error::ExperimentalNotEnabled`] before anything is sent. The client adds the header the API requires.
    pub fn get_latest_identity_outlier_snapshots(
        &self,
    ) -> GetLatestIdentityOutlierSnapshots {
        GetLatestIdentityOutlierSnapshots {
            client: self.client.clone(),
            r#type: None,
        }
    }
    /// Get identity outlier contibuting feature summary
    ///
    /// This API returns a summary of a contributing feature for an identity outlier.
    ///
    /// The object contains: contributing feature name (translated text or message key), identity outlier display name, feature values, feature definition and explanation (translated text or message key), peer display name and identityId, access item reference, translation messages object.
    ///
    /// `GET /outlier-feature-summaries/{outlierFeatureId}` (operation `getOutlierContributingFeatureSummary`).
    ///
    /// **Experimental**: the API may change or remove this operation without notice. It is sent only with the caller's consent, [`runtime::Configuration::with_experimental`]`(true)`; without it, it fails with [`runtime::Error::ExperimentalNotEnabled`] before anything is sent. The client adds the header the API requires.
    ///
    /// Arguments:
    ///
    /// - `outlier_feature_id`: Contributing feature id Example: `"04654b66-7561-4090-94f9-abee0722a1af"`.
    pub fn get_outlier_contributing_feature_summary(
        &self,
        outlier_feature_id: impl Into<String>,
    ) -> GetOutlierContributingFeatureSummary {
        GetOutlierContributingFeatureSummary {
            client: self.client.clone(),
            outlier_feature_id: outlier_feature_id.into(),
        }
    }
    /// Get identity outlier's contibuting features
    ///
    /// This API returns a list of contributing feature objects for a single outlier.
    ///
    /// The object contains: feature name, feature value type, value, importance, display name (translated text or message key), description (translated text or message key), translation messages object.
    ///
    /// `GET /outliers/{outlierId}/contributing-features` (operation `getPeerGroupOutliersContributingFeatures`).
    ///
    /// **Experimental**: the API may change or remove this operation without notice. It is sent only with the caller's consent, [`runtime::Configuration::with_experimental`]`(true)`; without it, it fails with [`runtime::Error::ExperimentalNotEnabled`] before anything is sent. The client adds the header the API requires.
    ///
    /// Arguments:
    ///
    /// - `outlier_id`: The outlier id Example: `"2c918085842e69ae018432d22ccb212f"`.
    pub fn get_peer_group_outliers_contributing_features(
        &self,
        outlier_id: impl Into<String>,
    ) -> GetPeerGroupOutliersContributingFeatures {
        GetPeerGroupOutliersContributingFeatures {
            client: self.client.clone(),
            limit: None,
            offset: None,
            count: None,
            include_translation_messages: None,
            outlier_id: outlier_id.into(),
            sorters: None,
        }
    }
    /// Iai identity outliers ignore
    ///
    /// This API receives a list of identity IDs in the request, changes the outliers to be ignored.
    ///
    /// `POST /outliers/ignore` (operation `ignoreIdentityOutliers`).
    ///
    /// **Experimental**: the API may change or remove this operation without notice. It is sent only with the caller's consent, [`runtime::Configuration::with_experimental`]`(true)`; without it, it fails with [`runtime::Error::ExperimentalNotEnabled`] before anything is sent. The client adds the header the API requires.
    ///
    /// Arguments:
    ///
    /// - `body`: The request body (`application/json`).
    pub fn ignore_identity_outliers(&self, body: Vec<String>) -> IgnoreIdentityOutliers {
        IgnoreIdentityOutliers {
            client: self.client.clone(),
            body,
        }
    }
    /// Gets a list of access items associated with each identity outlier contributing feature
    ///
    /// This API returns a list of the enriched access items associated with each feature filtered by the access item type.
    ///
    /// The object contains: accessItemId, display name (translated text or message key), description (translated text or message key), accessType, sourceName, extremelyRare.
    ///
    /// `GET /outliers/{outlierId}/feature-details/{contributingFeatureName}/access-items` (operation `listOutliersContributingFeatureAccessItems`).
    ///
    /// **Experimental**: the API may change or remove this operation without notice. It is sent only with the caller's consent, [`runtime::Configuration::with_experimental`]`(true)`; without it, it fails with [`runtime::Error::ExperimentalNotEnabled`] before anything is sent. The client adds the header the API requires.
    ///
    /// Arguments:
    ///
    /// - `outlier_id`: The outlier id Example: `"2c918085842e69ae018432d22ccb212f"`.
    /// - `contributing_feature_name`: The name of contributing feature Example: `"entitlement_count"`.
    pub fn list_outliers_contributing_feature_access_items(
        &self,
        outlier_id: impl Into<String>,
        contributing_feature_name: models::ListOutliersContributingFeatureAccessItemsContributingFeatureName,
    ) -> ListOutliersContributingFeatureAccessItems {
        ListOutliersContributingFeatureAccessItems {
            client: self.client.clone(),
            limit: None,
            offset: None,
            count: None,
            outlier_id: outlier_id.into(),
            contributing_feature_name,
            access_type: None,
            sorters: None,
        }
    }
    /// Iai identity outliers unignore
    ///
    /// This API receives a list of identity IDs in the request, changes the outliers to be un-ignored.
    ///
    /// `POST /outliers/unignore` (operation `unIgnoreIdentityOutliers`).
    ///
    /// **Experimental**: the API may change or remove this operation without notice. It is sent only with the caller's consent, [`runtime::Configuration::with_experimental`]`(true)`; without it, it fails with [`runtime::Error::ExperimentalNotEnabled`] before anything is sent. The client adds the header the API requires.
    ///
    /// Arguments:
    ///
    /// - `body`: The request body (`application/json`).
    pub fn un_ignore_identity_outliers(
        &self,
        body: Vec<String>,
    ) -> UnIgnoreIdentityOutliers {
        UnIgnoreIdentityOutliers {
            client: self.client.clone(),
            body,
        }
    }
}
/// Request builder of [`IaiOutliersApi::export_outliers_zip`]: set optional parameters, then `.send().await`.
///
/// **Experimental**: the API may change or remove this operation without notice. It is sent only with the caller's consent, [`runtime::Configuration::with_experimental`]`(true)`; without it, it fails with [`runtime::Error::ExperimentalNotEnabled`] before anything is sent. The client adds the header the API requires.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ExportOutliersZip {
    client: crate::Client,
    r#type: Option<models::ExportOutliersZipType>,
}
impl ExportOutliersZip {
    /// Type of the identity outliers snapshot to filter on
    ///
    /// Example: `"LOW_SIMILARITY"`.
    pub fn r#type(mut self, value: models::ExportOutliersZipType) -> Self {
        self.r#type = Some(value);
        self
    }
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = "/outliers/export".to_string();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(runtime::Method::GET, crate::BASE_PATH, path)
            .product(crate::PRODUCT);
        if let Some(v) = &self.r#type {
            req = req.query("type", v, "form", true)?;
        }
        req = req.experimental("exportOutliersZip", "X-SailPoint-Experimental", "true")?;
        req = req.accept("application/zip, application/json")?;
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<runtime::bytes::Bytes>,
    > + Send + 'static {
        resp.bytes()
    }
}
runtime::send_methods!(ExportOutliersZip, runtime::bytes::Bytes, ExportOutliersZipError);
/// The errors of [`ExportOutliersZip`]: [`crate::errors::Error400_401_403_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type ExportOutliersZipError = crate::errors::Error400_401_403_429_500;
/// Request builder of [`IaiOutliersApi::get_identity_outlier_snapshots`]: set optional parameters, then `.send().await`.
///
/// **Experimental**: the API may change or remove this operation without notice. It is sent only with the caller's consent, [`runtime::Configuration::with_experimental`]`(true)`; without it, it fails with [`runtime::Error::ExperimentalNotEnabled`] before anything is sent. The client adds the header the API requires.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetIdentityOutlierSnapshots {
    client: crate::Client,
    limit: Option<i32>,
    offset: Option<i32>,
    r#type: Option<models::GetIdentityOutlierSnapshotsType>,
    filters: Option<String>,
    sorters: Option<String>,
}
impl GetIdentityOutlierSnapshots {
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
    /// Type of the identity outliers snapshot to filter on
    ///
    /// Example: `"LOW_SIMILARITY"`.
    pub fn r#type(mut self, value: models::GetIdentityOutlierSnapshotsType) -> Self {
        self.r#type = Some(value);
        self
    }
    /// Filter results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#filtering-results)
    ///
    /// Filtering is supported for the following fields and operators:
    ///
    /// **snapshotDate**: *ge, le*
    ///
    /// Example: `"snapshotDate ge \"2022-02-07T20:13:29.356648026Z\""`.
    pub fn filters(mut self, value: impl Into<String>) -> Self {
        self.filters = Some(value.into());
        self
    }
    /// Sort results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#sorting-results)
    ///
    /// Sorting is supported for the following fields: **snapshotDate**
    ///
    /// Example: `"snapshotDate"`.
    pub fn sorters(mut self, value: impl Into<String>) -> Self {
        self.sorters = Some(value.into());
        self
    }
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = "/outlier-summaries".to_string();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(runtime::Method::GET, crate::BASE_PATH, path)
            .product(crate::PRODUCT);
        if let Some(v) = &self.limit {
            req = req.query("limit", v, "form", true)?;
        }
        if let Some(v) = &self.offset {
            req = req.query("offset", v, "form", true)?;
        }
        if let Some(v) = &self.r#type {
            req = req.query("type", v, "form", true)?;
        }
        if let Some(v) = &self.filters {
            req = req.query("filters", v, "form", true)?;
        }
        if let Some(v) = &self.sorters {
            req = req.query("sorters", v, "form", true)?;
        }
        req = req
            .experimental(
                "getIdentityOutlierSnapshots",
                "X-SailPoint-Experimental",
                "true",
            )?;
        req = req.accept("application/json")?;
        Ok(req)
    }
    async fn decode(
        resp: runtime::Response,
    ) -> runtime::Result<GetIdentityOutlierSnapshotsResponse> {
        Ok(
            match resp.status().as_u16() {
                200 => {
                    GetIdentityOutlierSnapshotsResponse::Status200(
                        resp.json_with(crate::decode_body).await?,
                    )
                }
                202 => {
                    GetIdentityOutlierSnapshotsResponse::Status202(
                        resp.json_with(crate::decode_body).await?,
                    )
                }
                _ => {
                    GetIdentityOutlierSnapshotsResponse::Status200(
                        resp.json_with(crate::decode_body).await?,
                    )
                }
            },
        )
    }
}
runtime::send_methods!(
    GetIdentityOutlierSnapshots, GetIdentityOutlierSnapshotsResponse,
    GetIdentityOutlierSnapshotsError
);
/// The errors of [`GetIdentityOutlierSnapshots`]: [`crate::errors::Error400_401_403_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type GetIdentityOutlierSnapshotsError = crate::errors::Error400_401_403_429_500;
/// The successful answers of \[`GetIdentityOutlierSnapshots`\], by status.
#[derive(Debug, Clone)]
pub enum GetIdentityOutlierSnapshotsResponse {
    /// HTTP 200.
    Status200(Vec<models::OutlierSummary>),
    /// HTTP 202.
    Status202(models::serde_json::Value),
}
/// Request builder of [`IaiOutliersApi::get_identity_outliers`]: set optional parameters, then `.send().await`.
///
/// **Experimental**: the API may change or remove this operation without notice. It is sent only with the caller's consent, [`runtime::Configuration::with_experimental`]`(true)`; without it, it fails with [`runtime::Error::ExperimentalNotEnabled`] before anything is sent. The client adds the header the API requires.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetIdentityOutliers {
    client: crate::Client,
    limit: Option<i32>,
    offset: Option<i32>,
    count: Option<bool>,
    r#type: Option<models::GetIdentityOutliersType>,
    filters: Option<String>,
    sorters: Option<String>,
}
impl GetIdentityOutliers {
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
    /// Type of the identity outliers snapshot to filter on
    pub fn r#type(mut self, value: models::GetIdentityOutliersType) -> Self {
        self.r#type = Some(value);
        self
    }
    /// Filter results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#filtering-results)
    ///
    /// Filtering is supported for the following fields and operators:
    ///
    /// **attributes**: *eq, sw, co, in*
    ///
    /// **firstDetectionDate**: *ge, le*
    ///
    /// **certStatus**: *eq*
    ///
    /// **ignored**: *eq*
    ///
    /// **score**: *ge, le*
    ///
    /// Example: `"attributes.displayName sw \"John\" and certStatus eq \"false\""`.
    pub fn filters(mut self, value: impl Into<String>) -> Self {
        self.filters = Some(value.into());
        self
    }
    /// Sort results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#sorting-results)
    ///
    /// Sorting is supported for the following fields: **firstDetectionDate, attributes, score**
    ///
    /// Example: `"attributes.displayName,firstDetectionDate,-score"`.
    pub fn sorters(mut self, value: impl Into<String>) -> Self {
        self.sorters = Some(value.into());
        self
    }
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = "/outliers".to_string();
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
        if let Some(v) = &self.r#type {
            req = req.query("type", v, "form", true)?;
        }
        if let Some(v) = &self.filters {
            req = req.query("filters", v, "form", true)?;
        }
        if let Some(v) = &self.sorters {
            req = req.query("sorters", v, "form", true)?;
        }
        req = req
            .experimental("getIdentityOutliers", "X-SailPoint-Experimental", "true")?;
        req = req.accept("application/json")?;
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<Vec<models::Outlier>>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
    /// Every item of the list, fetching pages lazily (`limit` items per page, clamped to the documented maximum, from `offset`). The stream ends after a short page, at `X-Total-Count` when the request asks for the total, or when the server answers that the offset after a full last page is invalid.
    pub fn stream(
        self,
    ) -> runtime::BoxStream<'static, runtime::Result<models::Outlier>> {
        self.paged(None)
    }
    /// Like [`Self::stream`], ending after at most `max_items` items (the last page asks
    /// only for what is still wanted); the page size stays `limit`.
    pub fn stream_at_most(
        self,
        max_items: u64,
    ) -> runtime::BoxStream<'static, runtime::Result<models::Outlier>> {
        self.paged(Some(max_items))
    }
    fn paged(
        self,
        max_items: Option<u64>,
    ) -> runtime::BoxStream<'static, runtime::Result<models::Outlier>> {
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
    GetIdentityOutliers, Vec < models::Outlier >, GetIdentityOutliersError
);
/// The errors of [`GetIdentityOutliers`]: [`crate::errors::Error400_401_403_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type GetIdentityOutliersError = crate::errors::Error400_401_403_429_500;
/// Request builder of [`IaiOutliersApi::get_latest_identity_outlier_snapshots`]: set optional parameters, then `.send().await`.
///
/// **Experimental**: the API may change or remove this operation without notice. It is sent only with the caller's consent, [`runtime::Configuration::with_experimental`]`(true)`; without it, it fails with [`runtime::Error::ExperimentalNotEnabled`] before anything is sent. The client adds the header the API requires.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetLatestIdentityOutlierSnapshots {
    client: crate::Client,
    r#type: Option<models::GetLatestIdentityOutlierSnapshotsType>,
}
impl GetLatestIdentityOutlierSnapshots {
    /// Type of the identity outliers snapshot to filter on
    ///
    /// Example: `"LOW_SIMILARITY"`.
    pub fn r#type(
        mut self,
        value: models::GetLatestIdentityOutlierSnapshotsType,
    ) -> Self {
        self.r#type = Some(value);
        self
    }
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = "/outlier-summaries/latest".to_string();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(runtime::Method::GET, crate::BASE_PATH, path)
            .product(crate::PRODUCT);
        if let Some(v) = &self.r#type {
            req = req.query("type", v, "form", true)?;
        }
        req = req
            .experimental(
                "getLatestIdentityOutlierSnapshots",
                "X-SailPoint-Experimental",
                "true",
            )?;
        req = req.accept("application/json")?;
        Ok(req)
    }
    async fn decode(
        resp: runtime::Response,
    ) -> runtime::Result<GetLatestIdentityOutlierSnapshotsResponse> {
        Ok(
            match resp.status().as_u16() {
                200 => {
                    GetLatestIdentityOutlierSnapshotsResponse::Status200(
                        resp.json_with(crate::decode_body).await?,
                    )
                }
                202 => {
                    GetLatestIdentityOutlierSnapshotsResponse::Status202(
                        resp.json_with(crate::decode_body).await?,
                    )
                }
                _ => {
                    GetLatestIdentityOutlierSnapshotsResponse::Status200(
                        resp.json_with(crate::decode_body).await?,
                    )
                }
            },
        )
    }
}
runtime::send_methods!(
    GetLatestIdentityOutlierSnapshots, GetLatestIdentityOutlierSnapshotsResponse,
    GetLatestIdentityOutlierSnapshotsError
);
/// The errors of [`GetLatestIdentityOutlierSnapshots`]: [`crate::errors::Error400_401_403_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type GetLatestIdentityOutlierSnapshotsError = crate::errors::Error400_401_403_429_500;
/// The successful answers of \[`GetLatestIdentityOutlierSnapshots`\], by status.
#[derive(Debug, Clone)]
pub enum GetLatestIdentityOutlierSnapshotsResponse {
    /// HTTP 200.
    Status200(Vec<models::LatestOutlierSummary>),
    /// HTTP 202.
    Status202(models::serde_json::Value),
}
/// Request builder of [`IaiOutliersApi::get_outlier_contributing_feature_summary`]: set optional parameters, then `.send().await`.
///
/// **Experimental**: the API may change or remove this operation without notice. It is sent only with the caller's consent, [`runtime::Configuration::with_experimental`]`(true)`; without it, it fails with [`runtime::Error::ExperimentalNotEnabled`] before anything is sent. The client adds the header the API requires.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetOutlierContributingFeatureSummary {
    client: crate::Client,
    outlier_feature_id: String,
}
impl GetOutlierContributingFeatureSummary {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/outlier-feature-summaries/",
            &runtime::encode::path_param(&self.outlier_feature_id, false)?,
        ]
            .concat();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(runtime::Method::GET, crate::BASE_PATH, path)
            .product(crate::PRODUCT);
        req = req
            .experimental(
                "getOutlierContributingFeatureSummary",
                "X-SailPoint-Experimental",
                "true",
            )?;
        req = req.accept("application/json")?;
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<models::OutlierFeatureSummary>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    GetOutlierContributingFeatureSummary, models::OutlierFeatureSummary,
    GetOutlierContributingFeatureSummaryError
);
/// The errors of [`GetOutlierContributingFeatureSummary`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type GetOutlierContributingFeatureSummaryError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`IaiOutliersApi::get_peer_group_outliers_contributing_features`]: set optional parameters, then `.send().await`.
///
/// **Experimental**: the API may change or remove this operation without notice. It is sent only with the caller's consent, [`runtime::Configuration::with_experimental`]`(true)`; without it, it fails with [`runtime::Error::ExperimentalNotEnabled`] before anything is sent. The client adds the header the API requires.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetPeerGroupOutliersContributingFeatures {
    client: crate::Client,
    limit: Option<i32>,
    offset: Option<i32>,
    count: Option<bool>,
    include_translation_messages: Option<String>,
    outlier_id: String,
    sorters: Option<String>,
}
impl GetPeerGroupOutliersContributingFeatures {
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
    /// Whether or not to include translation messages object in returned response
    pub fn include_translation_messages(mut self, value: impl Into<String>) -> Self {
        self.include_translation_messages = Some(value.into());
        self
    }
    /// Sort results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#sorting-results)
    ///
    /// Sorting is supported for the following fields: **importance**
    ///
    /// Example: `"importance"`.
    pub fn sorters(mut self, value: impl Into<String>) -> Self {
        self.sorters = Some(value.into());
        self
    }
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/outliers/",
            &runtime::encode::path_param(&self.outlier_id, false)?,
            "/contributing-features",
        ]
            .concat();
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
        if let Some(v) = &self.include_translation_messages {
            req = req.query("include-translation-messages", v, "form", true)?;
        }
        if let Some(v) = &self.sorters {
            req = req.query("sorters", v, "form", true)?;
        }
        req = req
            .experimental(
                "getPeerGroupOutliersContributingFeatures",
                "X-SailPoint-Experimental",
                "true",
            )?;
        req = req.accept("application/json")?;
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<Vec<models::OutlierContributingFeature>>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
    /// Every item of the list, fetching pages lazily (`limit` items per page, clamped to the documented maximum, from `offset`). The stream ends after a short page, at `X-Total-Count` when the request asks for the total, or when the server answers that the offset after a full last page is invalid.
    pub fn stream(
        self,
    ) -> runtime::BoxStream<
        'static,
        runtime::Result<models::OutlierContributingFeature>,
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
        runtime::Result<models::OutlierContributingFeature>,
    > {
        self.paged(Some(max_items))
    }
    fn paged(
        self,
        max_items: Option<u64>,
    ) -> runtime::BoxStream<
        'static,
        runtime::Result<models::OutlierContributingFeature>,
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
    GetPeerGroupOutliersContributingFeatures, Vec < models::OutlierContributingFeature >,
    GetPeerGroupOutliersContributingFeaturesError
);
/// The errors of [`GetPeerGroupOutliersContributingFeatures`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type GetPeerGroupOutliersContributingFeaturesError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`IaiOutliersApi::ignore_identity_outliers`]: set optional parameters, then `.send().await`.
///
/// **Experimental**: the API may change or remove this operation without notice. It is sent only with the caller's consent, [`runtime::Configuration::with_experimental`]`(true)`; without it, it fails with [`runtime::Error::ExperimentalNotEnabled`] before anything is sent. The client adds the header the API requires.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct IgnoreIdentityOutliers {
    client: crate::Client,
    body: Vec<String>,
}
impl IgnoreIdentityOutliers {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = "/outliers/ignore".to_string();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(
                runtime::Method::POST,
                crate::BASE_PATH,
                path,
            )
            .product(crate::PRODUCT);
        req = req
            .experimental("ignoreIdentityOutliers", "X-SailPoint-Experimental", "true")?;
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
runtime::send_methods!(IgnoreIdentityOutliers, (), IgnoreIdentityOutliersError);
/// The errors of [`IgnoreIdentityOutliers`]: [`crate::errors::Error400_401_403_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type IgnoreIdentityOutliersError = crate::errors::Error400_401_403_429_500;
/// Request builder of [`IaiOutliersApi::list_outliers_contributing_feature_access_items`]: set optional parameters, then `.send().await`.
///
/// **Experimental**: the API may change or remove this operation without notice. It is sent only with the caller's consent, [`runtime::Configuration::with_experimental`]`(true)`; without it, it fails with [`runtime::Error::ExperimentalNotEnabled`] before anything is sent. The client adds the header the API requires.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ListOutliersContributingFeatureAccessItems {
    client: crate::Client,
    limit: Option<i32>,
    offset: Option<i32>,
    count: Option<bool>,
    outlier_id: String,
    contributing_feature_name: models::ListOutliersContributingFeatureAccessItemsContributingFeatureName,
    access_type: Option<String>,
    sorters: Option<String>,
}
impl ListOutliersContributingFeatureAccessItems {
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
    /// The type of access item for the identity outlier contributing feature. If not provided, it returns all.
    ///
    /// Example: `"ENTITLEMENT"`.
    pub fn access_type(mut self, value: impl Into<String>) -> Self {
        self.access_type = Some(value.into());
        self
    }
    /// Sort results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#sorting-results)
    ///
    /// Sorting is supported for the following fields: **displayName**
    ///
    /// Example: `"displayName"`.
    pub fn sorters(mut self, value: impl Into<String>) -> Self {
        self.sorters = Some(value.into());
        self
    }
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/outliers/",
            &runtime::encode::path_param(&self.outlier_id, false)?,
            "/feature-details/",
            &runtime::encode::path_param(&self.contributing_feature_name, false)?,
            "/access-items",
        ]
            .concat();
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
        if let Some(v) = &self.access_type {
            req = req.query("accessType", v, "form", true)?;
        }
        if let Some(v) = &self.sorters {
            req = req.query("sorters", v, "form", true)?;
        }
        req = req
            .experimental(
                "listOutliersContributingFeatureAccessItems",
                "X-SailPoint-Experimental",
                "true",
            )?;
        req = req.accept("application/json")?;
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<Vec<models::OutliersContributingFeatureAccessItems>>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
    /// Every item of the list, fetching pages lazily (`limit` items per page, clamped to the documented maximum, from `offset`). The stream ends after a short page, at `X-Total-Count` when the request asks for the total, or when the server answers that the offset after a full last page is invalid.
    pub fn stream(
        self,
    ) -> runtime::BoxStream<
        'static,
        runtime::Result<models::OutliersContributingFeatureAccessItems>,
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
        runtime::Result<models::OutliersContributingFeatureAccessItems>,
    > {
        self.paged(Some(max_items))
    }
    fn paged(
        self,
        max_items: Option<u64>,
    ) -> runtime::BoxStream<
        'static,
        runtime::Result<models::OutliersContributingFeatureAccessItems>,
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
    ListOutliersContributingFeatureAccessItems, Vec <
    models::OutliersContributingFeatureAccessItems >,
    ListOutliersContributingFeatureAccessItemsError
);
/// The errors of [`ListOutliersContributingFeatureAccessItems`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type ListOutliersContributingFeatureAccessItemsError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`IaiOutliersApi::un_ignore_identity_outliers`]: set optional parameters, then `.send().await`.
///
/// **Experimental**: the API may change or remove this operation without notice. It is sent only with the caller's consent, [`runtime::Configuration::with_experimental`]`(true)`; without it, it fails with [`runtime::Error::ExperimentalNotEnabled`] before anything is sent. The client adds the header the API requires.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct UnIgnoreIdentityOutliers {
    client: crate::Client,
    body: Vec<String>,
}
impl UnIgnoreIdentityOutliers {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = "/outliers/unignore".to_string();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(
                runtime::Method::POST,
                crate::BASE_PATH,
                path,
            )
            .product(crate::PRODUCT);
        req = req
            .experimental(
                "unIgnoreIdentityOutliers",
                "X-SailPoint-Experimental",
                "true",
            )?;
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
runtime::send_methods!(UnIgnoreIdentityOutliers, (), UnIgnoreIdentityOutliersError);
/// The errors of [`UnIgnoreIdentityOutliers`]: [`crate::errors::Error400_401_403_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type UnIgnoreIdentityOutliersError = crate::errors::Error400_401_403_429_500;
