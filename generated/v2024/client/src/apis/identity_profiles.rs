//! Operations tagged `Identity Profiles`.
//!
//! Use this API to implement identity profile functionality.
//! With this functionality in place, administrators can view identity profiles and their configurations.
//!
//! Identity profiles represent the configurations that can be applied to identities as a way of granting them a set of security and access, as well as defining the mappings between their identity attributes and their source attributes.
//!
//! In Identity Security Cloud, administrators can use the Identities drop-down menu and select Identity Profiles to view the list of identity profiles.
//! This list shows some details about each identity profile, along with its status.
//! They can select an identity profile to view its settings, its mappings between identity attributes and correlating source account attributes, and its provisioning settings.
//!
//! Refer to [Creating Identity Profiles](https://documentation.sailpoint.com/saas/help/setup/identity_profiles.html) for more information about identity profiles.
#[allow(unused_imports)]
use crate::{models, runtime};
/// Operations tagged `Identity Profiles`; get it with the client's accessor.
#[derive(Debug, Clone)]
pub struct IdentityProfilesApi {
    client: crate::Client,
}
impl IdentityProfilesApi {
    pub(crate) fn new(client: crate::Client) -> Self {
        IdentityProfilesApi { client }
    }
    /// Create identity profile
    ///
    /// Creates an identity profile.
    ///
    /// `POST /identity-profiles` (operation `createIdentityProfile`).
    ///
    /// Arguments:
    ///
    /// - `body`: The request body (`application/json`).
    pub fn create_identity_profile(
        &self,
        body: models::IdentityProfile,
    ) -> CreateIdentityProfile {
        CreateIdentityProfile {
            client: self.client.clone(),
            body,
        }
    }
    /// Delete identity profile
    ///
    /// Delete an identity profile by ID.
    /// On success, this endpoint will return a reference to the bulk delete task result.
    ///
    /// `DELETE /identity-profiles/{identity-profile-id}` (operation `deleteIdentityProfile`).
    ///
    /// Arguments:
    ///
    /// - `identity_profile_id`: Identity profile ID. Example: `"ef38f94347e94562b5bb8424a56397d8"`.
    pub fn delete_identity_profile(
        &self,
        identity_profile_id: String,
    ) -> DeleteIdentityProfile {
        DeleteIdentityProfile {
            client: self.client.clone(),
            identity_profile_id,
        }
    }
    /// Delete identity profiles
    ///
    /// This deletes multiple Identity Profiles via a list of supplied IDs.
    ///
    /// On success, this endpoint will return a reference to the bulk delete task result.
    ///
    /// The following rights are required to access this endpoint: idn:identity-profile:delete
    ///
    /// `POST /identity-profiles/bulk-delete` (operation `deleteIdentityProfiles`).
    ///
    /// Arguments:
    ///
    /// - `body`: Identity Profile bulk delete request body.
    pub fn delete_identity_profiles(&self, body: Vec<String>) -> DeleteIdentityProfiles {
        DeleteIdentityProfiles {
            client: self.client.clone(),
            body,
        }
    }
    /// Export identity profiles
    ///
    /// This exports existing identity profiles in the format specified by the sp-config service.
    ///
    /// `GET /identity-profiles/export` (operation `exportIdentityProfiles`).
    pub fn export_identity_profiles(&self) -> ExportIdentityProfiles {
        ExportIdentityProfiles {
            client: self.client.clone(),
            limit: None,
            offset: None,
            count: None,
            filters: None,
            sorters: None,
        }
    }
    /// Generate identity profile preview
    ///
    /// This generates a non-persisted IdentityDetails object that will represent as the preview of the identities attribute when the given policy''s attribute config is applied.
    ///
    /// `POST /identity-profiles/identity-preview` (operation `generateIdentityPreview`).
    ///
    /// Arguments:
    ///
    /// - `body`: Identity Preview request body.
    pub fn generate_identity_preview(
        &self,
        body: models::IdentityPreviewRequest,
    ) -> GenerateIdentityPreview {
        GenerateIdentityPreview {
            client: self.client.clone(),
            body,
        }
    }
    /// Get default identity attribute config
    ///
    /// This returns the default identity attribute config.
    ///
    /// `GET /identity-profiles/{identity-profile-id}/default-identity-attribute-config` (operation `getDefaultIdentityAttributeConfig`).
    ///
    /// Arguments:
    ///
    /// - `identity_profile_id`: The Identity Profile ID. Example: `"2b838de9-db9b-abcf-e646-d4f274ad4238"`.
    pub fn get_default_identity_attribute_config(
        &self,
        identity_profile_id: String,
    ) -> GetDefaultIdentityAttributeConfig {
        GetDefaultIdentityAttributeConfig {
            client: self.client.clone(),
            identity_profile_id,
        }
    }
    /// Get identity profile
    ///
    /// Get a single identity profile by ID.
    ///
    /// `GET /identity-profiles/{identity-profile-id}` (operation `getIdentityProfile`).
    ///
    /// Arguments:
    ///
    /// - `identity_profile_id`: Identity profile ID. Example: `"2b838de9-db9b-abcf-e646-d4f274ad4238"`.
    pub fn get_identity_profile(
        &self,
        identity_profile_id: String,
    ) -> GetIdentityProfile {
        GetIdentityProfile {
            client: self.client.clone(),
            identity_profile_id,
        }
    }
    /// Import identity profiles
    ///
    /// This imports previously exported identity profiles.
    ///
    /// `POST /identity-profiles/import` (operation `importIdentityProfiles`).
    ///
    /// Arguments:
    ///
    /// - `body`: Previously exported Identity Profiles.
    pub fn import_identity_profiles(
        &self,
        body: Vec<models::IdentityProfileExportedObject>,
    ) -> ImportIdentityProfiles {
        ImportIdentityProfiles {
            client: self.client.clone(),
            body,
        }
    }
    /// List identity profiles
    ///
    /// Get a list of identity profiles, based on the specified query parameters.
    ///
    /// `GET /identity-profiles` (operation `listIdentityProfiles`).
    pub fn list_identity_profiles(&self) -> ListIdentityProfiles {
        ListIdentityProfiles {
            client: self.client.clone(),
            limit: None,
            offset: None,
            count: None,
            filters: None,
            sorters: None,
        }
    }
    /// Process identities under profile
    ///
    /// Process identities under the profile
    /// This operation should not be used to schedule your own identity processing or to perform system wide identity refreshes. The system will use a combination of [event-based processing](https://documentation.sailpoint.com/saas/help/setup/identity_processing.html?h=process#event-based-processing) and [scheduled processing](https://documentation.sailpoint.com/saas/help/setup/identity_processing.html?h=process#scheduled-processing) that runs every day at 8:00 AM and 8:00 PM in the tenant's timezone to keep your identities synchronized.
    /// This should only be run on identity profiles that have the `identityRefreshRequired` attribute set to `true`. If `identityRefreshRequired` is false, then there is no benefit to running this operation. Typically, this operation is performed when a change is made to the identity profile or its related lifecycle states that requires a refresh.
    /// This operation will perform the following activities on all identities under the identity profile.
    /// 1. Updates identity attribute according to the identity profile mappings. 2. Determines the identity's correct manager through manager correlation. 3. Updates the identity's access according to their assigned lifecycle state. 4. Updates the identity's access based on role assignment criteria.
    ///
    /// `POST /identity-profiles/{identity-profile-id}/process-identities` (operation `syncIdentityProfile`).
    ///
    /// Arguments:
    ///
    /// - `identity_profile_id`: The Identity Profile ID to be processed Example: `"ef38f94347e94562b5bb8424a56397d8"`.
    pub fn sync_identity_profile(
        &self,
        identity_profile_id: String,
    ) -> SyncIdentityProfile {
        SyncIdentityProfile {
            client: self.client.clone(),
            identity_profile_id,
        }
    }
    /// Update identity profile
    ///
    /// Update a specified identity profile with this PATCH request.
    ///
    /// You cannot update these fields:
    /// * id
    /// * created
    /// * modified
    /// * identityCount
    /// * identityRefreshRequired
    /// * Authoritative Source and Identity Attribute Configuration cannot be modified at the same time.
    ///
    /// `PATCH /identity-profiles/{identity-profile-id}` (operation `updateIdentityProfile`).
    ///
    /// Arguments:
    ///
    /// - `identity_profile_id`: Identity profile ID. Example: `"ef38f94347e94562b5bb8424a56397d8"`.
    /// - `body`: List of identity profile update operations according to the [JSON Patch](https://tools.ietf.org/html/rfc6902) standard.
    pub fn update_identity_profile(
        &self,
        identity_profile_id: String,
        body: Vec<models::JsonPatchOperation>,
    ) -> UpdateIdentityProfile {
        UpdateIdentityProfile {
            client: self.client.clone(),
            identity_profile_id,
            body,
        }
    }
}
/// Request builder of [`IdentityProfilesApi::create_identity_profile`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct CreateIdentityProfile {
    client: crate::Client,
    body: models::IdentityProfile,
}
impl CreateIdentityProfile {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = "/identity-profiles".to_string();
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
        Output = runtime::Result<models::IdentityProfile>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    CreateIdentityProfile, models::IdentityProfile, CreateIdentityProfileError
);
/// The errors of [`CreateIdentityProfile`]: [`crate::errors::Error400_401_403_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type CreateIdentityProfileError = crate::errors::Error400_401_403_429_500;
/// Request builder of [`IdentityProfilesApi::delete_identity_profile`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct DeleteIdentityProfile {
    client: crate::Client,
    identity_profile_id: String,
}
impl DeleteIdentityProfile {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/identity-profiles/",
            &runtime::encode::path_param(&self.identity_profile_id, false)?,
        ]
            .concat();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(
                runtime::Method::DELETE,
                crate::BASE_PATH,
                path,
            )
            .product(crate::PRODUCT);
        req = req.accept("application/json")?;
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<models::TaskResultSimplified>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    DeleteIdentityProfile, models::TaskResultSimplified, DeleteIdentityProfileError
);
/// The errors of [`DeleteIdentityProfile`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type DeleteIdentityProfileError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`IdentityProfilesApi::delete_identity_profiles`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct DeleteIdentityProfiles {
    client: crate::Client,
    body: Vec<String>,
}
impl DeleteIdentityProfiles {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = "/identity-profiles/bulk-delete".to_string();
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
        Output = runtime::Result<models::TaskResultSimplified>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    DeleteIdentityProfiles, models::TaskResultSimplified, DeleteIdentityProfilesError
);
/// The errors of [`DeleteIdentityProfiles`]: [`crate::errors::Error400_401_403_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type DeleteIdentityProfilesError = crate::errors::Error400_401_403_429_500;
/// Request builder of [`IdentityProfilesApi::export_identity_profiles`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ExportIdentityProfiles {
    client: crate::Client,
    limit: Option<i32>,
    offset: Option<i32>,
    count: Option<bool>,
    filters: Option<String>,
    sorters: Option<String>,
}
impl ExportIdentityProfiles {
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
    /// **id**: *eq, ne*
    ///
    /// **name**: *eq, ne*
    ///
    /// **priority**: *eq, ne*
    ///
    /// Example: `"id eq \"ef38f94347e94562b5bb8424a56397d8\""`.
    pub fn filters(mut self, value: impl Into<String>) -> Self {
        self.filters = Some(value.into());
        self
    }
    /// Sort results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#sorting-results)
    ///
    /// Sorting is supported for the following fields: **id, name, priority**
    ///
    /// Example: `"id,name"`.
    pub fn sorters(mut self, value: impl Into<String>) -> Self {
        self.sorters = Some(value.into());
        self
    }
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = "/identity-profiles/export".to_string();
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
        req = req.accept("application/json")?;
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<Vec<models::IdentityProfileExportedObject>>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
    /// Every item of the list, fetching pages lazily (`limit` items per page, clamped to the documented maximum, from `offset`). The stream ends after a short page, at `X-Total-Count` when the request asks for the total, or when the server answers that the offset after a full last page is invalid.
    pub fn stream(
        self,
    ) -> runtime::BoxStream<
        'static,
        runtime::Result<models::IdentityProfileExportedObject>,
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
        runtime::Result<models::IdentityProfileExportedObject>,
    > {
        self.paged(Some(max_items))
    }
    fn paged(
        self,
        max_items: Option<u64>,
    ) -> runtime::BoxStream<
        'static,
        runtime::Result<models::IdentityProfileExportedObject>,
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
    ExportIdentityProfiles, Vec < models::IdentityProfileExportedObject >,
    ExportIdentityProfilesError
);
/// The errors of [`ExportIdentityProfiles`]: [`crate::errors::Error400_401_403_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type ExportIdentityProfilesError = crate::errors::Error400_401_403_429_500;
/// Request builder of [`IdentityProfilesApi::generate_identity_preview`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GenerateIdentityPreview {
    client: crate::Client,
    body: models::IdentityPreviewRequest,
}
impl GenerateIdentityPreview {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = "/identity-profiles/identity-preview".to_string();
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
        Output = runtime::Result<models::IdentityPreviewResponse>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    GenerateIdentityPreview, models::IdentityPreviewResponse,
    GenerateIdentityPreviewError
);
/// The errors of [`GenerateIdentityPreview`]: [`crate::errors::Error400_401_403_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type GenerateIdentityPreviewError = crate::errors::Error400_401_403_429_500;
/// Request builder of [`IdentityProfilesApi::get_default_identity_attribute_config`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetDefaultIdentityAttributeConfig {
    client: crate::Client,
    identity_profile_id: String,
}
impl GetDefaultIdentityAttributeConfig {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/identity-profiles/",
            &runtime::encode::path_param(&self.identity_profile_id, false)?,
            "/default-identity-attribute-config",
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
        Output = runtime::Result<models::IdentityAttributeConfig>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    GetDefaultIdentityAttributeConfig, models::IdentityAttributeConfig,
    GetDefaultIdentityAttributeConfigError
);
/// The errors of [`GetDefaultIdentityAttributeConfig`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type GetDefaultIdentityAttributeConfigError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`IdentityProfilesApi::get_identity_profile`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetIdentityProfile {
    client: crate::Client,
    identity_profile_id: String,
}
impl GetIdentityProfile {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/identity-profiles/",
            &runtime::encode::path_param(&self.identity_profile_id, false)?,
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
        Output = runtime::Result<models::IdentityProfile>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    GetIdentityProfile, models::IdentityProfile, GetIdentityProfileError
);
/// The errors of [`GetIdentityProfile`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type GetIdentityProfileError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`IdentityProfilesApi::import_identity_profiles`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ImportIdentityProfiles {
    client: crate::Client,
    body: Vec<models::IdentityProfileExportedObject>,
}
impl ImportIdentityProfiles {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = "/identity-profiles/import".to_string();
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
        Output = runtime::Result<models::ImportObjectResponseBody>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    ImportIdentityProfiles, models::ImportObjectResponseBody, ImportIdentityProfilesError
);
/// The errors of [`ImportIdentityProfiles`]: [`crate::errors::Error400_401_403_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type ImportIdentityProfilesError = crate::errors::Error400_401_403_429_500;
/// Request builder of [`IdentityProfilesApi::list_identity_profiles`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ListIdentityProfiles {
    client: crate::Client,
    limit: Option<i32>,
    offset: Option<i32>,
    count: Option<bool>,
    filters: Option<String>,
    sorters: Option<String>,
}
impl ListIdentityProfiles {
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
    /// **id**: *eq, ne, ge, gt, in, le, sw*
    ///
    /// **name**: *eq, ne, ge, gt, in, le, sw*
    ///
    /// **priority**: *eq, ne*
    ///
    /// Example: `"id eq \"ef38f94347e94562b5bb8424a56397d8\""`.
    pub fn filters(mut self, value: impl Into<String>) -> Self {
        self.filters = Some(value.into());
        self
    }
    /// Sort results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#sorting-results)
    ///
    /// Sorting is supported for the following fields: **id, name, priority, created, modified, owner.id, owner.name**
    ///
    /// Example: `"id,name"`.
    pub fn sorters(mut self, value: impl Into<String>) -> Self {
        self.sorters = Some(value.into());
        self
    }
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = "/identity-profiles".to_string();
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
        req = req.accept("application/json")?;
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<Vec<models::IdentityProfile>>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
    /// Every item of the list, fetching pages lazily (`limit` items per page, clamped to the documented maximum, from `offset`). The stream ends after a short page, at `X-Total-Count` when the request asks for the total, or when the server answers that the offset after a full last page is invalid.
    pub fn stream(
        self,
    ) -> runtime::BoxStream<'static, runtime::Result<models::IdentityProfile>> {
        self.paged(None)
    }
    /// Like [`Self::stream`], ending after at most `max_items` items (the last page asks
    /// only for what is still wanted); the page size stays `limit`.
    pub fn stream_at_most(
        self,
        max_items: u64,
    ) -> runtime::BoxStream<'static, runtime::Result<models::IdentityProfile>> {
        self.paged(Some(max_items))
    }
    fn paged(
        self,
        max_items: Option<u64>,
    ) -> runtime::BoxStream<'static, runtime::Result<models::IdentityProfile>> {
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
    ListIdentityProfiles, Vec < models::IdentityProfile >, ListIdentityProfilesError
);
/// The errors of [`ListIdentityProfiles`]: [`crate::errors::Error400_401_403_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type ListIdentityProfilesError = crate::errors::Error400_401_403_429_500;
/// Request builder of [`IdentityProfilesApi::sync_identity_profile`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct SyncIdentityProfile {
    client: crate::Client,
    identity_profile_id: String,
}
impl SyncIdentityProfile {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/identity-profiles/",
            &runtime::encode::path_param(&self.identity_profile_id, false)?,
            "/process-identities",
        ]
            .concat();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(
                runtime::Method::POST,
                crate::BASE_PATH,
                path,
            )
            .product(crate::PRODUCT);
        req = req.accept("application/json")?;
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<models::serde_json::Value>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    SyncIdentityProfile, models::serde_json::Value, SyncIdentityProfileError
);
/// The errors of [`SyncIdentityProfile`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type SyncIdentityProfileError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`IdentityProfilesApi::update_identity_profile`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct UpdateIdentityProfile {
    client: crate::Client,
    identity_profile_id: String,
    body: Vec<models::JsonPatchOperation>,
}
impl UpdateIdentityProfile {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/identity-profiles/",
            &runtime::encode::path_param(&self.identity_profile_id, false)?,
        ]
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
        Output = runtime::Result<models::IdentityProfile>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    UpdateIdentityProfile, models::IdentityProfile, UpdateIdentityProfileError
);
/// The errors of [`UpdateIdentityProfile`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type UpdateIdentityProfileError = crate::errors::Error400_401_403_404_429_500;
