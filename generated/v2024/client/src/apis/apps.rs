//! Operations tagged `Apps`.
//!
//! Use this API to implement source application functionality.
//! With this functionality in place, you can create, customize, and manage applications within sources.
#[allow(unused_imports)]
use crate::{models, runtime};
/// Operations tagged `Apps`; get it with the client's accessor.
#[derive(Debug, Clone)]
pub struct AppsApi {
    client: crate::Client,
}
impl AppsApi {
    pub(crate) fn new(client: crate::Client) -> Self {
        AppsApi { client }
    }
    /// Create source app
    ///
    /// This endpoint creates a source app using the given source app payload
    ///
    /// `POST /source-apps` (operation `createSourceApp`).
    ///
    /// **Experimental**: the API may change or remove this operation without notice. It is sent only with the caller's consent, [`runtime::Configuration::with_experimental`]`(true)`; without it, it fails with [`runtime::Error::ExperimentalNotEnabled`] before anything is sent. The client adds the header the API requires.
    ///
    /// Arguments:
    ///
    /// - `body`: The request body (`application/json`).
    pub fn create_source_app(
        &self,
        body: models::SourceAppCreateDto,
    ) -> CreateSourceApp {
        CreateSourceApp {
            client: self.client.clone(),
            body,
        }
    }
    /// Bulk remove access profiles from the specified source app
    ///
    /// This API returns the final list of access profiles for the specified source app after removing
    ///
    /// `POST /source-apps/{id}/access-profiles/bulk-remove` (operation `deleteAccessProfilesFromSourceAppByBulk`).
    ///
    /// **Experimental**: the API may change or remove this operation without notice. It is sent only with the caller's consent, [`runtime::Configuration::with_experimental`]`(true)`; without it, it fails with [`runtime::Error::ExperimentalNotEnabled`] before anything is sent. The client adds the header the API requires.
    ///
    /// Arguments:
    ///
    /// - `id`: ID of the source app
    /// - `body`: The request body (`application/json`).
    pub fn delete_access_profiles_from_source_app_by_bulk(
        &self,
        id: impl Into<String>,
        body: Vec<String>,
    ) -> DeleteAccessProfilesFromSourceAppByBulk {
        DeleteAccessProfilesFromSourceAppByBulk {
            client: self.client.clone(),
            id: id.into(),
            limit: None,
            body,
        }
    }
    /// Delete source app by id
    ///
    /// Use this API to delete a specific source app
    ///
    /// `DELETE /source-apps/{id}` (operation `deleteSourceApp`).
    ///
    /// **Experimental**: the API may change or remove this operation without notice. It is sent only with the caller's consent, [`runtime::Configuration::with_experimental`]`(true)`; without it, it fails with [`runtime::Error::ExperimentalNotEnabled`] before anything is sent. The client adds the header the API requires.
    ///
    /// Arguments:
    ///
    /// - `id`: source app ID. Example: `"2c9180835d191a86015d28455b4a2329"`.
    pub fn delete_source_app(&self, id: impl Into<String>) -> DeleteSourceApp {
        DeleteSourceApp {
            client: self.client.clone(),
            id: id.into(),
        }
    }
    /// Get source app by id
    ///
    /// This API returns a source app by its ID.
    ///
    /// `GET /source-apps/{id}` (operation `getSourceApp`).
    ///
    /// **Experimental**: the API may change or remove this operation without notice. It is sent only with the caller's consent, [`runtime::Configuration::with_experimental`]`(true)`; without it, it fails with [`runtime::Error::ExperimentalNotEnabled`] before anything is sent. The client adds the header the API requires.
    ///
    /// Arguments:
    ///
    /// - `id`: ID of the source app
    pub fn get_source_app(&self, id: impl Into<String>) -> GetSourceApp {
        GetSourceApp {
            client: self.client.clone(),
            id: id.into(),
        }
    }
    /// List access profiles for the specified source app
    ///
    /// This API returns the list of access profiles for the specified source app
    ///
    /// `GET /source-apps/{id}/access-profiles` (operation `listAccessProfilesForSourceApp`).
    ///
    /// **Experimental**: the API may change or remove this operation without notice. It is sent only with the caller's consent, [`runtime::Configuration::with_experimental`]`(true)`; without it, it fails with [`runtime::Error::ExperimentalNotEnabled`] before anything is sent. The client adds the header the API requires.
    ///
    /// Arguments:
    ///
    /// - `id`: ID of the source app
    pub fn list_access_profiles_for_source_app(
        &self,
        id: impl Into<String>,
    ) -> ListAccessProfilesForSourceApp {
        ListAccessProfilesForSourceApp {
            client: self.client.clone(),
            id: id.into(),
            limit: None,
            offset: None,
            filters: None,
        }
    }
    /// List all source apps
    ///
    /// This API returns the list of all source apps for the org.
    ///
    /// `GET /source-apps/all` (operation `listAllSourceApp`).
    ///
    /// **Experimental**: the API may change or remove this operation without notice. It is sent only with the caller's consent, [`runtime::Configuration::with_experimental`]`(true)`; without it, it fails with [`runtime::Error::ExperimentalNotEnabled`] before anything is sent. The client adds the header the API requires.
    pub fn list_all_source_app(&self) -> ListAllSourceApp {
        ListAllSourceApp {
            client: self.client.clone(),
            limit: None,
            count: None,
            offset: None,
            sorters: None,
            filters: None,
        }
    }
    /// List all user apps
    ///
    /// This API returns the list of all user apps with specified filters.
    /// This API must be used with **filters** query parameter.
    ///
    /// `GET /user-apps/all` (operation `listAllUserApps`).
    ///
    /// **Experimental**: the API may change or remove this operation without notice. It is sent only with the caller's consent, [`runtime::Configuration::with_experimental`]`(true)`; without it, it fails with [`runtime::Error::ExperimentalNotEnabled`] before anything is sent. The client adds the header the API requires.
    ///
    /// Arguments:
    ///
    /// - `filters`: Filter results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#filtering-results) Filtering is supported for the following fields and operators: **id**: *eq* **ownerId**: *eq* **ownerName**: *eq, sw* **ownerAlias**: *eq, sw* **accountId**: *eq* **sourceAppId**: *eq* Example: `"name eq \"user app name\""`.
    pub fn list_all_user_apps(&self, filters: impl Into<String>) -> ListAllUserApps {
        ListAllUserApps {
            client: self.client.clone(),
            limit: None,
            count: None,
            offset: None,
            filters: filters.into(),
        }
    }
    /// List assigned source apps
    ///
    /// This API returns the list of source apps assigned for logged in user.
    ///
    /// `GET /source-apps/assigned` (operation `listAssignedSourceApp`).
    ///
    /// **Experimental**: the API may change or remove this operation without notice. It is sent only with the caller's consent, [`runtime::Configuration::with_experimental`]`(true)`; without it, it fails with [`runtime::Error::ExperimentalNotEnabled`] before anything is sent. The client adds the header the API requires.
    pub fn list_assigned_source_app(&self) -> ListAssignedSourceApp {
        ListAssignedSourceApp {
            client: self.client.clone(),
            limit: None,
            count: None,
            offset: None,
            sorters: None,
            filters: None,
        }
    }
    /// List available accounts for user app
    ///
    /// This API returns the list of available accounts for the specified user app. The user app needs to belong lo logged in user.
    ///
    /// `GET /user-apps/{id}/available-accounts` (operation `listAvailableAccountsForUserApp`).
    ///
    /// **Experimental**: the API may change or remove this operation without notice. It is sent only with the caller's consent, [`runtime::Configuration::with_experimental`]`(true)`; without it, it fails with [`runtime::Error::ExperimentalNotEnabled`] before anything is sent. The client adds the header the API requires.
    ///
    /// Arguments:
    ///
    /// - `id`: ID of the user app
    pub fn list_available_accounts_for_user_app(
        &self,
        id: impl Into<String>,
    ) -> ListAvailableAccountsForUserApp {
        ListAvailableAccountsForUserApp {
            client: self.client.clone(),
            id: id.into(),
            limit: None,
            count: None,
        }
    }
    /// List available source apps
    ///
    /// This API returns the list of source apps available for access request.
    ///
    /// `GET /source-apps` (operation `listAvailableSourceApps`).
    ///
    /// **Experimental**: the API may change or remove this operation without notice. It is sent only with the caller's consent, [`runtime::Configuration::with_experimental`]`(true)`; without it, it fails with [`runtime::Error::ExperimentalNotEnabled`] before anything is sent. The client adds the header the API requires.
    pub fn list_available_source_apps(&self) -> ListAvailableSourceApps {
        ListAvailableSourceApps {
            client: self.client.clone(),
            limit: None,
            count: None,
            offset: None,
            sorters: None,
            filters: None,
        }
    }
    /// List owned user apps
    ///
    /// This API returns the list of user apps assigned to logged in user
    ///
    /// `GET /user-apps` (operation `listOwnedUserApps`).
    ///
    /// **Experimental**: the API may change or remove this operation without notice. It is sent only with the caller's consent, [`runtime::Configuration::with_experimental`]`(true)`; without it, it fails with [`runtime::Error::ExperimentalNotEnabled`] before anything is sent. The client adds the header the API requires.
    pub fn list_owned_user_apps(&self) -> ListOwnedUserApps {
        ListOwnedUserApps {
            client: self.client.clone(),
            limit: None,
            count: None,
            offset: None,
            filters: None,
        }
    }
    /// Patch source app by id
    ///
    /// This API updates an existing source app using [JSON Patch](https://tools.ietf.org/html/rfc6902) syntax.
    /// The following fields are patchable: **name**, **description**, **enabled**, **owner**, **provisionRequestEnabled**, **appCenterEnabled**, **accountSource**,  **matchAllAccounts** and **accessProfiles**.
    /// Name, description and owner can't be empty or null.
    ///
    /// `PATCH /source-apps/{id}` (operation `patchSourceApp`).
    ///
    /// **Experimental**: the API may change or remove this operation without notice. It is sent only with the caller's consent, [`runtime::Configuration::with_experimental`]`(true)`; without it, it fails with [`runtime::Error::ExperimentalNotEnabled`] before anything is sent. The client adds the header the API requires.
    ///
    /// Arguments:
    ///
    /// - `id`: ID of the source app to patch
    pub fn patch_source_app(&self, id: impl Into<String>) -> PatchSourceApp {
        PatchSourceApp {
            client: self.client.clone(),
            id: id.into(),
            body: None,
        }
    }
    /// Patch user app by id
    ///
    /// This API updates an existing user app using [JSON Patch](https://tools.ietf.org/html/rfc6902) syntax.
    /// The following fields are patchable: **account**
    ///
    /// `PATCH /user-apps/{id}` (operation `patchUserApp`).
    ///
    /// **Experimental**: the API may change or remove this operation without notice. It is sent only with the caller's consent, [`runtime::Configuration::with_experimental`]`(true)`; without it, it fails with [`runtime::Error::ExperimentalNotEnabled`] before anything is sent. The client adds the header the API requires.
    ///
    /// Arguments:
    ///
    /// - `id`: ID of the user app to patch
    pub fn patch_user_app(&self, id: impl Into<String>) -> PatchUserApp {
        PatchUserApp {
            client: self.client.clone(),
            id: id.into(),
            body: None,
        }
    }
    /// Bulk update source apps
    ///
    /// This API updates source apps using [JSON Patch](https://tools.ietf.org/html/rfc6902) syntax.  It can update up to 50 source apps in a batch.
    /// The following fields can be updated: **name**, **description**, **enabled**, **owner**, **provisionRequestEnabled**, **appCenterEnabled**, **accountSource**,  **matchAllAccounts**, and **accessProfiles**.
    /// Name, description and owner can't be empty or null.
    ///
    /// `POST /source-apps/bulk-update` (operation `updateSourceAppsInBulk`).
    ///
    /// **Experimental**: the API may change or remove this operation without notice. It is sent only with the caller's consent, [`runtime::Configuration::with_experimental`]`(true)`; without it, it fails with [`runtime::Error::ExperimentalNotEnabled`] before anything is sent. The client adds the header the API requires.
    pub fn update_source_apps_in_bulk(&self) -> UpdateSourceAppsInBulk {
        UpdateSourceAppsInBulk {
            client: self.client.clone(),
            body: None,
        }
    }
}
/// Request builder of [`AppsApi::create_source_app`]: set optional parameters, then `.send().await`.
///
/// **Experimental**: the API may change or remove this operation without notice. It is sent only with the caller's consent, [`runtime::Configuration::with_experimental`]`(true)`; without it, it fails with [`runtime::Error::ExperimentalNotEnabled`] before anything is sent. The client adds the header the API requires.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct CreateSourceApp {
    client: crate::Client,
    body: models::SourceAppCreateDto,
}
impl CreateSourceApp {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = "/source-apps".to_string();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(
                runtime::Method::POST,
                crate::BASE_PATH,
                path,
            )
            .product(crate::PRODUCT);
        req = req.experimental("createSourceApp", "X-SailPoint-Experimental", "true")?;
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
        Output = runtime::Result<models::SourceApp>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(CreateSourceApp, models::SourceApp, CreateSourceAppError);
/// The errors of [`CreateSourceApp`]: [`crate::errors::Error400_401_403_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type CreateSourceAppError = crate::errors::Error400_401_403_429_500;
/// Request builder of [`AppsApi::delete_access_profiles_from_source_app_by_bulk`]: set optional parameters, then `.send().await`.
///
/// **Experimental**: the API may change or remove this operation without notice. It is sent only with the caller's consent, [`runtime::Configuration::with_experimental`]`(true)`; without it, it fails with [`runtime::Error::ExperimentalNotEnabled`] before anything is sent. The client adds the header the API requires.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct DeleteAccessProfilesFromSourceAppByBulk {
    client: crate::Client,
    id: String,
    limit: Option<i32>,
    body: Vec<String>,
}
impl DeleteAccessProfilesFromSourceAppByBulk {
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
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/source-apps/",
            &runtime::encode::path_param(&self.id, false)?,
            "/access-profiles/bulk-remove",
        ]
            .concat();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(
                runtime::Method::POST,
                crate::BASE_PATH,
                path,
            )
            .product(crate::PRODUCT);
        if let Some(v) = &self.limit {
            req = req.query("limit", v, "form", true)?;
        }
        req = req
            .experimental(
                "deleteAccessProfilesFromSourceAppByBulk",
                "X-SailPoint-Experimental",
                "true",
            )?;
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
        Output = runtime::Result<Vec<models::AccessProfileDetails>>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    DeleteAccessProfilesFromSourceAppByBulk, Vec < models::AccessProfileDetails >,
    DeleteAccessProfilesFromSourceAppByBulkError
);
/// The errors of [`DeleteAccessProfilesFromSourceAppByBulk`]: [`crate::errors::Error400_401_403_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type DeleteAccessProfilesFromSourceAppByBulkError = crate::errors::Error400_401_403_429_500;
/// Request builder of [`AppsApi::delete_source_app`]: set optional parameters, then `.send().await`.
///
/// **Experimental**: the API may change or remove this operation without notice. It is sent only with the caller's consent, [`runtime::Configuration::with_experimental`]`(true)`; without it, it fails with [`runtime::Error::ExperimentalNotEnabled`] before anything is sent. The client adds the header the API requires.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct DeleteSourceApp {
    client: crate::Client,
    id: String,
}
impl DeleteSourceApp {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = ["/source-apps/", &runtime::encode::path_param(&self.id, false)?]
            .concat();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(
                runtime::Method::DELETE,
                crate::BASE_PATH,
                path,
            )
            .product(crate::PRODUCT);
        req = req.experimental("deleteSourceApp", "X-SailPoint-Experimental", "true")?;
        req = req.accept("application/json")?;
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<models::SourceApp>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(DeleteSourceApp, models::SourceApp, DeleteSourceAppError);
/// The errors of [`DeleteSourceApp`]: [`crate::errors::Error400_401_403_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type DeleteSourceAppError = crate::errors::Error400_401_403_429_500;
/// Request builder of [`AppsApi::get_source_app`]: set optional parameters, then `.send().await`.
///
/// **Experimental**: the API may change or remove this operation without notice. It is sent only with the caller's consent, [`runtime::Configuration::with_experimental`]`(true)`; without it, it fails with [`runtime::Error::ExperimentalNotEnabled`] before anything is sent. The client adds the header the API requires.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetSourceApp {
    client: crate::Client,
    id: String,
}
impl GetSourceApp {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = ["/source-apps/", &runtime::encode::path_param(&self.id, false)?]
            .concat();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(runtime::Method::GET, crate::BASE_PATH, path)
            .product(crate::PRODUCT);
        req = req.experimental("getSourceApp", "X-SailPoint-Experimental", "true")?;
        req = req.accept("application/json")?;
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<models::SourceApp>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(GetSourceApp, models::SourceApp, GetSourceAppError);
/// The errors of [`GetSourceApp`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type GetSourceAppError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`AppsApi::list_access_profiles_for_source_app`]: set optional parameters, then `.send().await`.
///
/// **Experimental**: the API may change or remove this operation without notice. It is sent only with the caller's consent, [`runtime::Configuration::with_experimental`]`(true)`; without it, it fails with [`runtime::Error::ExperimentalNotEnabled`] before anything is sent. The client adds the header the API requires.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ListAccessProfilesForSourceApp {
    client: crate::Client,
    id: String,
    limit: Option<i32>,
    offset: Option<i32>,
    filters: Option<String>,
}
impl ListAccessProfilesForSourceApp {
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
    /// Filter results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#filtering-results)
    ///
    /// Filtering is supported for the following fields and operators:
    ///
    /// **id**: *eq, in*
    ///
    /// **name**: *eq, in*
    ///
    /// **created**: *gt, lt, ge, le*
    ///
    /// **modified**: *gt, lt, ge, le*
    ///
    /// Example: `"name eq \"developer access profile\""`.
    pub fn filters(mut self, value: impl Into<String>) -> Self {
        self.filters = Some(value.into());
        self
    }
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/source-apps/",
            &runtime::encode::path_param(&self.id, false)?,
            "/access-profiles",
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
        if let Some(v) = &self.filters {
            req = req.query("filters", v, "form", true)?;
        }
        req = req
            .experimental(
                "listAccessProfilesForSourceApp",
                "X-SailPoint-Experimental",
                "true",
            )?;
        req = req.accept("application/json")?;
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<Vec<models::AccessProfileDetails>>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
    /// Every item of the list, fetching pages lazily (`limit` items per page, clamped to the documented maximum, from `offset`). The stream ends after a short page, at `X-Total-Count` when the request asks for the total, or when the server answers that the offset after a full last page is invalid.
    pub fn stream(
        self,
    ) -> runtime::BoxStream<'static, runtime::Result<models::AccessProfileDetails>> {
        self.paged(None)
    }
    /// Like [`Self::stream`], ending after at most `max_items` items (the last page asks
    /// only for what is still wanted); the page size stays `limit`.
    pub fn stream_at_most(
        self,
        max_items: u64,
    ) -> runtime::BoxStream<'static, runtime::Result<models::AccessProfileDetails>> {
        self.paged(Some(max_items))
    }
    fn paged(
        self,
        max_items: Option<u64>,
    ) -> runtime::BoxStream<'static, runtime::Result<models::AccessProfileDetails>> {
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
    ListAccessProfilesForSourceApp, Vec < models::AccessProfileDetails >,
    ListAccessProfilesForSourceAppError
);
/// The errors of [`ListAccessProfilesForSourceApp`]: [`crate::errors::Error400_401_403_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type ListAccessProfilesForSourceAppError = crate::errors::Error400_401_403_429_500;
/// Request builder of [`AppsApi::list_all_source_app`]: set optional parameters, then `.send().await`.
///
/// **Experimental**: the API may change or remove this operation without notice. It is sent only with the caller's consent, [`runtime::Configuration::with_experimental`]`(true)`; without it, it fails with [`runtime::Error::ExperimentalNotEnabled`] before anything is sent. The client adds the header the API requires.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ListAllSourceApp {
    client: crate::Client,
    limit: Option<i32>,
    count: Option<bool>,
    offset: Option<i32>,
    sorters: Option<String>,
    filters: Option<String>,
}
impl ListAllSourceApp {
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
    /// Sort results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#sorting-results)
    ///
    /// Sorting is supported for the following fields: **id, name, created, modified, owner.id, accountSource.id**
    ///
    /// Example: `"name,-modified"`.
    pub fn sorters(mut self, value: impl Into<String>) -> Self {
        self.sorters = Some(value.into());
        self
    }
    /// Filter results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#filtering-results)
    ///
    /// Filtering is supported for the following fields and operators:
    ///
    /// **id**: *eq, in*
    ///
    /// **name**: *eq, in, co, sw*
    ///
    /// **created**: *gt, lt, ge, le*
    ///
    /// **modified**: *gt, ge, le*
    ///
    /// **owner.id**: *eq, in*
    ///
    /// **enabled**: *eq*
    ///
    /// Example: `"enabled eq true"`.
    pub fn filters(mut self, value: impl Into<String>) -> Self {
        self.filters = Some(value.into());
        self
    }
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = "/source-apps/all".to_string();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(runtime::Method::GET, crate::BASE_PATH, path)
            .product(crate::PRODUCT);
        if let Some(v) = &self.limit {
            req = req.query("limit", v, "form", true)?;
        }
        if let Some(v) = &self.count {
            req = req.query("count", v, "form", true)?;
        }
        if let Some(v) = &self.offset {
            req = req.query("offset", v, "form", true)?;
        }
        if let Some(v) = &self.sorters {
            req = req.query("sorters", v, "form", true)?;
        }
        if let Some(v) = &self.filters {
            req = req.query("filters", v, "form", true)?;
        }
        req = req.experimental("listAllSourceApp", "X-SailPoint-Experimental", "true")?;
        req = req.accept("application/json")?;
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<Vec<models::SourceApp>>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
    /// Every item of the list, fetching pages lazily (`limit` items per page, clamped to the documented maximum, from `offset`). The stream ends after a short page, at `X-Total-Count` when the request asks for the total, or when the server answers that the offset after a full last page is invalid.
    pub fn stream(
        self,
    ) -> runtime::BoxStream<'static, runtime::Result<models::SourceApp>> {
        self.paged(None)
    }
    /// Like [`Self::stream`], ending after at most `max_items` items (the last page asks
    /// only for what is still wanted); the page size stays `limit`.
    pub fn stream_at_most(
        self,
        max_items: u64,
    ) -> runtime::BoxStream<'static, runtime::Result<models::SourceApp>> {
        self.paged(Some(max_items))
    }
    fn paged(
        self,
        max_items: Option<u64>,
    ) -> runtime::BoxStream<'static, runtime::Result<models::SourceApp>> {
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
    ListAllSourceApp, Vec < models::SourceApp >, ListAllSourceAppError
);
/// The errors of [`ListAllSourceApp`]: [`crate::errors::Error400_401_403_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type ListAllSourceAppError = crate::errors::Error400_401_403_429_500;
/// Request builder of [`AppsApi::list_all_user_apps`]: set optional parameters, then `.send().await`.
///
/// **Experimental**: the API may change or remove this operation without notice. It is sent only with the caller's consent, [`runtime::Configuration::with_experimental`]`(true)`; without it, it fails with [`runtime::Error::ExperimentalNotEnabled`] before anything is sent. The client adds the header the API requires.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ListAllUserApps {
    client: crate::Client,
    limit: Option<i32>,
    count: Option<bool>,
    offset: Option<i32>,
    filters: String,
}
impl ListAllUserApps {
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
        let path = "/user-apps/all".to_string();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(runtime::Method::GET, crate::BASE_PATH, path)
            .product(crate::PRODUCT);
        if let Some(v) = &self.limit {
            req = req.query("limit", v, "form", true)?;
        }
        if let Some(v) = &self.count {
            req = req.query("count", v, "form", true)?;
        }
        if let Some(v) = &self.offset {
            req = req.query("offset", v, "form", true)?;
        }
        {
            let v = &self.filters;
            req = req.query("filters", v, "form", true)?;
        }
        req = req.experimental("listAllUserApps", "X-SailPoint-Experimental", "true")?;
        req = req.accept("application/json")?;
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<Vec<models::UserApp>>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
    /// Every item of the list, fetching pages lazily (`limit` items per page, clamped to the documented maximum, from `offset`). The stream ends after a short page, at `X-Total-Count` when the request asks for the total, or when the server answers that the offset after a full last page is invalid.
    pub fn stream(
        self,
    ) -> runtime::BoxStream<'static, runtime::Result<models::UserApp>> {
        self.paged(None)
    }
    /// Like [`Self::stream`], ending after at most `max_items` items (the last page asks
    /// only for what is still wanted); the page size stays `limit`.
    pub fn stream_at_most(
        self,
        max_items: u64,
    ) -> runtime::BoxStream<'static, runtime::Result<models::UserApp>> {
        self.paged(Some(max_items))
    }
    fn paged(
        self,
        max_items: Option<u64>,
    ) -> runtime::BoxStream<'static, runtime::Result<models::UserApp>> {
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
runtime::send_methods!(ListAllUserApps, Vec < models::UserApp >, ListAllUserAppsError);
/// The errors of [`ListAllUserApps`]: [`crate::errors::Error400_401_403_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type ListAllUserAppsError = crate::errors::Error400_401_403_429_500;
/// Request builder of [`AppsApi::list_assigned_source_app`]: set optional parameters, then `.send().await`.
///
/// **Experimental**: the API may change or remove this operation without notice. It is sent only with the caller's consent, [`runtime::Configuration::with_experimental`]`(true)`; without it, it fails with [`runtime::Error::ExperimentalNotEnabled`] before anything is sent. The client adds the header the API requires.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ListAssignedSourceApp {
    client: crate::Client,
    limit: Option<i32>,
    count: Option<bool>,
    offset: Option<i32>,
    sorters: Option<String>,
    filters: Option<String>,
}
impl ListAssignedSourceApp {
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
    /// Sort results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#sorting-results)
    ///
    /// Sorting is supported for the following fields: **id, name, created, modified, accountSource.id**
    ///
    /// Example: `"name,-modified"`.
    pub fn sorters(mut self, value: impl Into<String>) -> Self {
        self.sorters = Some(value.into());
        self
    }
    /// Filter results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#filtering-results)
    ///
    /// Filtering is supported for the following fields and operators:
    ///
    /// **id**: *eq, in*
    ///
    /// **name**: *eq, in, co, sw*
    ///
    /// **created**: *gt, lt, ge, le*
    ///
    /// **modified**: *gt, lt, ge, le*
    ///
    /// **accountSource.id**: *eq, in*
    ///
    /// Example: `"name eq \"source app name\""`.
    pub fn filters(mut self, value: impl Into<String>) -> Self {
        self.filters = Some(value.into());
        self
    }
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = "/source-apps/assigned".to_string();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(runtime::Method::GET, crate::BASE_PATH, path)
            .product(crate::PRODUCT);
        if let Some(v) = &self.limit {
            req = req.query("limit", v, "form", true)?;
        }
        if let Some(v) = &self.count {
            req = req.query("count", v, "form", true)?;
        }
        if let Some(v) = &self.offset {
            req = req.query("offset", v, "form", true)?;
        }
        if let Some(v) = &self.sorters {
            req = req.query("sorters", v, "form", true)?;
        }
        if let Some(v) = &self.filters {
            req = req.query("filters", v, "form", true)?;
        }
        req = req
            .experimental("listAssignedSourceApp", "X-SailPoint-Experimental", "true")?;
        req = req.accept("application/json")?;
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<Vec<models::SourceApp>>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
    /// Every item of the list, fetching pages lazily (`limit` items per page, clamped to the documented maximum, from `offset`). The stream ends after a short page, at `X-Total-Count` when the request asks for the total, or when the server answers that the offset after a full last page is invalid.
    pub fn stream(
        self,
    ) -> runtime::BoxStream<'static, runtime::Result<models::SourceApp>> {
        self.paged(None)
    }
    /// Like [`Self::stream`], ending after at most `max_items` items (the last page asks
    /// only for what is still wanted); the page size stays `limit`.
    pub fn stream_at_most(
        self,
        max_items: u64,
    ) -> runtime::BoxStream<'static, runtime::Result<models::SourceApp>> {
        self.paged(Some(max_items))
    }
    fn paged(
        self,
        max_items: Option<u64>,
    ) -> runtime::BoxStream<'static, runtime::Result<models::SourceApp>> {
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
    ListAssignedSourceApp, Vec < models::SourceApp >, ListAssignedSourceAppError
);
/// The errors of [`ListAssignedSourceApp`]: [`crate::errors::Error400_401_403_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type ListAssignedSourceAppError = crate::errors::Error400_401_403_429_500;
/// Request builder of [`AppsApi::list_available_accounts_for_user_app`]: set optional parameters, then `.send().await`.
///
/// **Experimental**: the API may change or remove this operation without notice. It is sent only with the caller's consent, [`runtime::Configuration::with_experimental`]`(true)`; without it, it fails with [`runtime::Error::ExperimentalNotEnabled`] before anything is sent. The client adds the header the API requires.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ListAvailableAccountsForUserApp {
    client: crate::Client,
    id: String,
    limit: Option<i32>,
    count: Option<bool>,
}
impl ListAvailableAccountsForUserApp {
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
        let path = [
            "/user-apps/",
            &runtime::encode::path_param(&self.id, false)?,
            "/available-accounts",
        ]
            .concat();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(runtime::Method::GET, crate::BASE_PATH, path)
            .product(crate::PRODUCT);
        if let Some(v) = &self.limit {
            req = req.query("limit", v, "form", true)?;
        }
        if let Some(v) = &self.count {
            req = req.query("count", v, "form", true)?;
        }
        req = req
            .experimental(
                "listAvailableAccountsForUserApp",
                "X-SailPoint-Experimental",
                "true",
            )?;
        req = req.accept("application/json")?;
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<Vec<models::AppAccountDetails>>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    ListAvailableAccountsForUserApp, Vec < models::AppAccountDetails >,
    ListAvailableAccountsForUserAppError
);
/// The errors of [`ListAvailableAccountsForUserApp`]: [`crate::errors::Error400_401_403_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type ListAvailableAccountsForUserAppError = crate::errors::Error400_401_403_429_500;
/// Request builder of [`AppsApi::list_available_source_apps`]: set optional parameters, then `.send().await`.
///
/// **Experimental**: the API may change or remove this operation without notice. It is sent only with the caller's consent, [`runtime::Configuration::with_experimental`]`(true)`; without it, it fails with [`runtime::Error::ExperimentalNotEnabled`] before anything is sent. The client adds the header the API requires.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ListAvailableSourceApps {
    client: crate::Client,
    limit: Option<i32>,
    count: Option<bool>,
    offset: Option<i32>,
    sorters: Option<String>,
    filters: Option<String>,
}
impl ListAvailableSourceApps {
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
    /// Sort results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#sorting-results)
    ///
    /// Sorting is supported for the following fields: **id, name, created, modified, owner.id, accountSource.id**
    ///
    /// Example: `"name,-modified"`.
    pub fn sorters(mut self, value: impl Into<String>) -> Self {
        self.sorters = Some(value.into());
        self
    }
    /// Filter results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#filtering-results)
    ///
    /// Filtering is supported for the following fields and operators:
    ///
    /// **id**: *eq, in*
    ///
    /// **name**: *eq, in, co, sw*
    ///
    /// **created**: *gt, lt, ge, le*
    ///
    /// **modified**: *gt, lt, ge, le*
    ///
    /// **accountSource.id**: *eq, in*
    ///
    /// Example: `"name eq \"source app name\""`.
    pub fn filters(mut self, value: impl Into<String>) -> Self {
        self.filters = Some(value.into());
        self
    }
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = "/source-apps".to_string();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(runtime::Method::GET, crate::BASE_PATH, path)
            .product(crate::PRODUCT);
        if let Some(v) = &self.limit {
            req = req.query("limit", v, "form", true)?;
        }
        if let Some(v) = &self.count {
            req = req.query("count", v, "form", true)?;
        }
        if let Some(v) = &self.offset {
            req = req.query("offset", v, "form", true)?;
        }
        if let Some(v) = &self.sorters {
            req = req.query("sorters", v, "form", true)?;
        }
        if let Some(v) = &self.filters {
            req = req.query("filters", v, "form", true)?;
        }
        req = req
            .experimental(
                "listAvailableSourceApps",
                "X-SailPoint-Experimental",
                "true",
            )?;
        req = req.accept("application/json")?;
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<Vec<models::SourceApp>>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
    /// Every item of the list, fetching pages lazily (`limit` items per page, clamped to the documented maximum, from `offset`). The stream ends after a short page, at `X-Total-Count` when the request asks for the total, or when the server answers that the offset after a full last page is invalid.
    pub fn stream(
        self,
    ) -> runtime::BoxStream<'static, runtime::Result<models::SourceApp>> {
        self.paged(None)
    }
    /// Like [`Self::stream`], ending after at most `max_items` items (the last page asks
    /// only for what is still wanted); the page size stays `limit`.
    pub fn stream_at_most(
        self,
        max_items: u64,
    ) -> runtime::BoxStream<'static, runtime::Result<models::SourceApp>> {
        self.paged(Some(max_items))
    }
    fn paged(
        self,
        max_items: Option<u64>,
    ) -> runtime::BoxStream<'static, runtime::Result<models::SourceApp>> {
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
    ListAvailableSourceApps, Vec < models::SourceApp >, ListAvailableSourceAppsError
);
/// The errors of [`ListAvailableSourceApps`]: [`crate::errors::Error400_401_403_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type ListAvailableSourceAppsError = crate::errors::Error400_401_403_429_500;
/// Request builder of [`AppsApi::list_owned_user_apps`]: set optional parameters, then `.send().await`.
///
/// **Experimental**: the API may change or remove this operation without notice. It is sent only with the caller's consent, [`runtime::Configuration::with_experimental`]`(true)`; without it, it fails with [`runtime::Error::ExperimentalNotEnabled`] before anything is sent. The client adds the header the API requires.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ListOwnedUserApps {
    client: crate::Client,
    limit: Option<i32>,
    count: Option<bool>,
    offset: Option<i32>,
    filters: Option<String>,
}
impl ListOwnedUserApps {
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
    /// Filter results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#filtering-results)
    ///
    /// Filtering is supported for the following fields and operators:
    ///
    /// **id**: *eq*
    ///
    /// **ownerName**: *eq, sw*
    ///
    /// **ownerAlias**: *eq, sw*
    ///
    /// **accountId**: *eq*
    ///
    /// **sourceAppId**: *eq*
    ///
    /// Example: `"name eq \"user app name\""`.
    pub fn filters(mut self, value: impl Into<String>) -> Self {
        self.filters = Some(value.into());
        self
    }
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = "/user-apps".to_string();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(runtime::Method::GET, crate::BASE_PATH, path)
            .product(crate::PRODUCT);
        if let Some(v) = &self.limit {
            req = req.query("limit", v, "form", true)?;
        }
        if let Some(v) = &self.count {
            req = req.query("count", v, "form", true)?;
        }
        if let Some(v) = &self.offset {
            req = req.query("offset", v, "form", true)?;
        }
        if let Some(v) = &self.filters {
            req = req.query("filters", v, "form", true)?;
        }
        req = req.experimental("listOwnedUserApps", "X-SailPoint-Experimental", "true")?;
        req = req.accept("application/json")?;
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<Vec<models::UserApp>>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
    /// Every item of the list, fetching pages lazily (`limit` items per page, clamped to the documented maximum, from `offset`). The stream ends after a short page, at `X-Total-Count` when the request asks for the total, or when the server answers that the offset after a full last page is invalid.
    pub fn stream(
        self,
    ) -> runtime::BoxStream<'static, runtime::Result<models::UserApp>> {
        self.paged(None)
    }
    /// Like [`Self::stream`], ending after at most `max_items` items (the last page asks
    /// only for what is still wanted); the page size stays `limit`.
    pub fn stream_at_most(
        self,
        max_items: u64,
    ) -> runtime::BoxStream<'static, runtime::Result<models::UserApp>> {
        self.paged(Some(max_items))
    }
    fn paged(
        self,
        max_items: Option<u64>,
    ) -> runtime::BoxStream<'static, runtime::Result<models::UserApp>> {
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
    ListOwnedUserApps, Vec < models::UserApp >, ListOwnedUserAppsError
);
/// The errors of [`ListOwnedUserApps`]: [`crate::errors::Error400_401_403_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type ListOwnedUserAppsError = crate::errors::Error400_401_403_429_500;
/// Request builder of [`AppsApi::patch_source_app`]: set optional parameters, then `.send().await`.
///
/// **Experimental**: the API may change or remove this operation without notice. It is sent only with the caller's consent, [`runtime::Configuration::with_experimental`]`(true)`; without it, it fails with [`runtime::Error::ExperimentalNotEnabled`] before anything is sent. The client adds the header the API requires.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct PatchSourceApp {
    client: crate::Client,
    id: String,
    body: Option<Vec<models::JsonPatchOperation>>,
}
impl PatchSourceApp {
    /// The request body (`application/json-patch+json`).
    pub fn body(mut self, value: Vec<models::JsonPatchOperation>) -> Self {
        self.body = Some(value);
        self
    }
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = ["/source-apps/", &runtime::encode::path_param(&self.id, false)?]
            .concat();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(
                runtime::Method::PATCH,
                crate::BASE_PATH,
                path,
            )
            .product(crate::PRODUCT);
        req = req.experimental("patchSourceApp", "X-SailPoint-Experimental", "true")?;
        req = req.accept("application/json")?;
        if let Some(body) = &self.body {
            req = req.json_as("application/json-patch+json", body)?;
        }
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<models::SourceAppPatchDto>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(PatchSourceApp, models::SourceAppPatchDto, PatchSourceAppError);
/// The errors of [`PatchSourceApp`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type PatchSourceAppError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`AppsApi::patch_user_app`]: set optional parameters, then `.send().await`.
///
/// **Experimental**: the API may change or remove this operation without notice. It is sent only with the caller's consent, [`runtime::Configuration::with_experimental`]`(true)`; without it, it fails with [`runtime::Error::ExperimentalNotEnabled`] before anything is sent. The client adds the header the API requires.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct PatchUserApp {
    client: crate::Client,
    id: String,
    body: Option<Vec<models::JsonPatchOperation>>,
}
impl PatchUserApp {
    /// The request body (`application/json-patch+json`).
    pub fn body(mut self, value: Vec<models::JsonPatchOperation>) -> Self {
        self.body = Some(value);
        self
    }
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = ["/user-apps/", &runtime::encode::path_param(&self.id, false)?]
            .concat();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(
                runtime::Method::PATCH,
                crate::BASE_PATH,
                path,
            )
            .product(crate::PRODUCT);
        req = req.experimental("patchUserApp", "X-SailPoint-Experimental", "true")?;
        req = req.accept("application/json")?;
        if let Some(body) = &self.body {
            req = req.json_as("application/json-patch+json", body)?;
        }
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<models::UserApp>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(PatchUserApp, models::UserApp, PatchUserAppError);
/// The errors of [`PatchUserApp`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type PatchUserAppError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`AppsApi::update_source_apps_in_bulk`]: set optional parameters, then `.send().await`.
///
/// **Experimental**: the API may change or remove this operation without notice. It is sent only with the caller's consent, [`runtime::Configuration::with_experimental`]`(true)`; without it, it fails with [`runtime::Error::ExperimentalNotEnabled`] before anything is sent. The client adds the header the API requires.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct UpdateSourceAppsInBulk {
    client: crate::Client,
    body: Option<models::SourceAppBulkUpdateRequest>,
}
impl UpdateSourceAppsInBulk {
    /// The request body (`application/json`).
    pub fn body(mut self, value: models::SourceAppBulkUpdateRequest) -> Self {
        self.body = Some(value);
        self
    }
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = "/source-apps/bulk-update".to_string();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(
                runtime::Method::POST,
                crate::BASE_PATH,
                path,
            )
            .product(crate::PRODUCT);
        req = req
            .experimental("updateSourceAppsInBulk", "X-SailPoint-Experimental", "true")?;
        if let Some(body) = &self.body {
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
runtime::send_methods!(UpdateSourceAppsInBulk, (), UpdateSourceAppsInBulkError);
/// The errors of [`UpdateSourceAppsInBulk`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type UpdateSourceAppsInBulkError = crate::errors::Error400_401_403_404_429_500;
