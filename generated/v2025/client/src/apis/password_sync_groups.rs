//! Operations tagged `Password Sync Groups`.
//!
//! Use this API to implement password sync group functionality.
//! With this functionality in place, administrators can group sources into password sync groups so that all their applications share the same password.
//! This allows users to update the password for all the applications in a sync group if they want, rather than updating each password individually.
//!
//! A password sync group is a group of applications that shares a password.
//! Administrators create these groups by grouping the applications' sources.
//! For example, an administrator can group the ActiveDirectory, GitHub, and G Suite sources together so that all those sources' applications can also be grouped to share a password.
//! A user can then update his or her password for ActiveDirectory, GitHub, Gmail, Google Drive, and Google Calendar all at once, rather then updating each one individually.
//!
//! The following are required for administrators to create a password sync group in Identity Security Cloud:
//!
//! - At least two direct connect sources connected to Identity Security Cloud and configured for Password Management.
//!
//! - Each authentication source in a sync group must have at least one application. Refer to [Adding and Resetting Application Passwords](https://documentation.sailpoint.com/saas/help/pwd/adv_config.html#adding-and-resetting-application-passwords) for more information about adding applications to sources.
//!
//! - At least one password policy. Refer to [Managing Password Policies](https://documentation.sailpoint.com/saas/help/pwd/pwd_policies/index.html) for more information about password policies.
//!
//! In the Admin panel in Identity Security Cloud, administrators can use the Password Mgmt dropdown menu to select Sync Groups.
//! To create a sync group, administrators must provide a name, choose a password policy to be enforced across the sources in the sync group, and select the sources to include in the sync group.
//!
//! Administrators can also delete sync groups in Identity Security Cloud, but they should know the following before they do:
//!
//! - Passwords related to the associated sources will become independent, so changing one will not change the others anymore.
//!
//! - Passwords for the sources' connected applications will also become independent.
//!
//! - Password policies assigned to the sync group are then assigned directly to the associated sources.
//! To change the password policy for a source, administrators must edit it directly.
//!
//! Once the password sync group has been created, users can update the password for the group in Password Manager.
//!
//! Refer to [Managing Password Sync Groups](https://documentation.sailpoint.com/saas/help/pwd/sync_grps.html) for more information about password sync groups.
#[allow(unused_imports)]
use crate::{models, runtime};
/// Operations tagged `Password Sync Groups`; get it with the client's accessor.
#[derive(Debug, Clone)]
pub struct PasswordSyncGroupsApi {
    client: crate::Client,
}
impl PasswordSyncGroupsApi {
    pub(crate) fn new(client: crate::Client) -> Self {
        PasswordSyncGroupsApi { client }
    }
    /// Create password sync group
    ///
    /// This API creates a password sync group based on the specifications provided.
    ///
    /// `POST /password-sync-groups` (operation `createPasswordSyncGroup`).
    ///
    /// Arguments:
    ///
    /// - `body`: The request body (`application/json`).
    pub fn create_password_sync_group(
        &self,
        body: models::PasswordSyncGroup,
    ) -> CreatePasswordSyncGroup {
        CreatePasswordSyncGroup {
            client: self.client.clone(),
            body,
        }
    }
    /// Delete password sync group by id
    ///
    /// This API deletes the specified password sync group.
    ///
    /// `DELETE /password-sync-groups/{id}` (operation `deletePasswordSyncGroup`).
    ///
    /// Arguments:
    ///
    /// - `id`: The ID of password sync group to delete. Example: `"6881f631-3bd5-4213-9c75-8e05cc3e35dd"`.
    pub fn delete_password_sync_group(
        &self,
        id: impl Into<String>,
    ) -> DeletePasswordSyncGroup {
        DeletePasswordSyncGroup {
            client: self.client.clone(),
            id: id.into(),
        }
    }
    /// Get password sync group by id
    ///
    /// This API returns the sync group for the specified ID.
    ///
    /// `GET /password-sync-groups/{id}` (operation `getPasswordSyncGroup`).
    ///
    /// Arguments:
    ///
    /// - `id`: The ID of password sync group to retrieve. Example: `"6881f631-3bd5-4213-9c75-8e05cc3e35dd"`.
    pub fn get_password_sync_group(
        &self,
        id: impl Into<String>,
    ) -> GetPasswordSyncGroup {
        GetPasswordSyncGroup {
            client: self.client.clone(),
            id: id.into(),
        }
    }
    /// Get password sync group list
    ///
    /// This API returns a list of password sync groups.
    ///
    /// `GET /password-sync-groups` (operation `getPasswordSyncGroups`).
    pub fn get_password_sync_groups(&self) -> GetPasswordSyncGroups {
        GetPasswordSyncGroups {
            client: self.client.clone(),
            limit: None,
            offset: None,
            count: None,
        }
    }
    /// Update password sync group by id
    ///
    /// This API updates the specified password sync group.
    ///
    /// `PUT /password-sync-groups/{id}` (operation `updatePasswordSyncGroup`).
    ///
    /// Arguments:
    ///
    /// - `id`: The ID of password sync group to update. Example: `"6881f631-3bd5-4213-9c75-8e05cc3e35dd"`.
    /// - `body`: The request body (`application/json`).
    pub fn update_password_sync_group(
        &self,
        id: impl Into<String>,
        body: models::PasswordSyncGroup,
    ) -> UpdatePasswordSyncGroup {
        UpdatePasswordSyncGroup {
            client: self.client.clone(),
            id: id.into(),
            body,
        }
    }
}
/// Request builder of [`PasswordSyncGroupsApi::create_password_sync_group`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct CreatePasswordSyncGroup {
    client: crate::Client,
    body: models::PasswordSyncGroup,
}
impl CreatePasswordSyncGroup {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = "/password-sync-groups".to_string();
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
        Output = runtime::Result<models::PasswordSyncGroup>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    CreatePasswordSyncGroup, models::PasswordSyncGroup, CreatePasswordSyncGroupError
);
/// The errors of [`CreatePasswordSyncGroup`]: [`crate::errors::Error400_401_403_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type CreatePasswordSyncGroupError = crate::errors::Error400_401_403_429_500;
/// Request builder of [`PasswordSyncGroupsApi::delete_password_sync_group`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct DeletePasswordSyncGroup {
    client: crate::Client,
    id: String,
}
impl DeletePasswordSyncGroup {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/password-sync-groups/",
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
runtime::send_methods!(DeletePasswordSyncGroup, (), DeletePasswordSyncGroupError);
/// The errors of [`DeletePasswordSyncGroup`]: [`crate::errors::Error400_401_403_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type DeletePasswordSyncGroupError = crate::errors::Error400_401_403_429_500;
/// Request builder of [`PasswordSyncGroupsApi::get_password_sync_group`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetPasswordSyncGroup {
    client: crate::Client,
    id: String,
}
impl GetPasswordSyncGroup {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/password-sync-groups/",
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
        Output = runtime::Result<models::PasswordSyncGroup>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    GetPasswordSyncGroup, models::PasswordSyncGroup, GetPasswordSyncGroupError
);
/// The errors of [`GetPasswordSyncGroup`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type GetPasswordSyncGroupError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`PasswordSyncGroupsApi::get_password_sync_groups`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetPasswordSyncGroups {
    client: crate::Client,
    limit: Option<i32>,
    offset: Option<i32>,
    count: Option<bool>,
}
impl GetPasswordSyncGroups {
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
        let path = "/password-sync-groups".to_string();
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
        Output = runtime::Result<Vec<models::PasswordSyncGroup>>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
    /// Every item of the list, fetching pages lazily (`limit` items per page, clamped to the documented maximum, from `offset`). The stream ends after a short page, at `X-Total-Count` when the request asks for the total, or when the server answers that the offset after a full last page is invalid.
    pub fn stream(
        self,
    ) -> runtime::BoxStream<'static, runtime::Result<models::PasswordSyncGroup>> {
        self.paged(None)
    }
    /// Like [`Self::stream`], ending after at most `max_items` items (the last page asks
    /// only for what is still wanted); the page size stays `limit`.
    pub fn stream_at_most(
        self,
        max_items: u64,
    ) -> runtime::BoxStream<'static, runtime::Result<models::PasswordSyncGroup>> {
        self.paged(Some(max_items))
    }
    fn paged(
        self,
        max_items: Option<u64>,
    ) -> runtime::BoxStream<'static, runtime::Result<models::PasswordSyncGroup>> {
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
    GetPasswordSyncGroups, Vec < models::PasswordSyncGroup >, GetPasswordSyncGroupsError
);
/// The errors of [`GetPasswordSyncGroups`]: [`crate::errors::Error400_401_403_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type GetPasswordSyncGroupsError = crate::errors::Error400_401_403_429_500;
/// Request builder of [`PasswordSyncGroupsApi::update_password_sync_group`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct UpdatePasswordSyncGroup {
    client: crate::Client,
    id: String,
    body: models::PasswordSyncGroup,
}
impl UpdatePasswordSyncGroup {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/password-sync-groups/",
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
        Output = runtime::Result<models::PasswordSyncGroup>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    UpdatePasswordSyncGroup, models::PasswordSyncGroup, UpdatePasswordSyncGroupError
);
/// The errors of [`UpdatePasswordSyncGroup`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type UpdatePasswordSyncGroupError = crate::errors::Error400_401_403_404_429_500;
