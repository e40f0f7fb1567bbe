//! Operations tagged `Lifecycle States`.
//!
//! Use this API to implement and customize lifecycle state functionality.
//! With this functionality in place, administrators can create and configure custom lifecycle states for use across their organizations, which is key to controlling which users have access, when they have access, and the access they have.
//!
//! A lifecycle state describes a user's status in a company. For example, two lifecycle states come by default with Identity Security Cloud: 'Active' and 'Inactive.'
//! When an active employee takes an extended leave of absence from a company, his or her lifecycle state may change to 'Inactive,' for security purposes.
//! The inactive employee would lose access to all the applications, sources, and sensitive data during the leave of absence, but when the employee returns and becomes active again, all that access would be restored.
//! This saves administrators the time that would otherwise be spent provisioning the employee's access to each individual tool, reviewing the employee's certification history, etc.
//!
//! Administrators can create a variety of custom lifecycle states. Refer to [Planning New Lifecycle States](https://documentation.sailpoint.com/saas/help/provisioning/lifecycle.html#planning-new-lifecycle-states) for some custom lifecycle state ideas.
//!
//! Administrators must define the criteria for being in each lifecycle state, and they must define how Identity Security Cloud manages users' access to apps and sources for each lifecycle state.
//!
//! In Identity Security Cloud, administrators can manage lifecycle states by going to Admin &gt; Identities &gt; Identity Profile, selecting the identity profile whose lifecycle states they want to manage, selecting the 'Provisioning' tab, and using the left panel to either select the lifecycle state they want to modify or create a new lifecycle state.
//!
//! In the 'Provisioning' tab, administrators can make the following access changes to an identity profile's lifecycle state:
//!
//! - Enable/disable the lifecycle state for the identity profile.
//!
//! - Enable/disable source accounts for the identity profile's lifecycle state.
//!
//! - Add existing access profiles to grant to the identity profiles in that lifecycle state.
//!
//! - Create a new access profile to grant to the identity profile in that lifecycle state.
//!
//! Access profiles granted in a previous lifecycle state are automatically revoked when the identity moves to a new lifecycle state.
//! To maintain access across multiple lifecycle states, administrators must grant the access profiles in each lifecycle state.
//! For example, if an administrator wants users with the 'HR Employee' identity profile to maintain their building access in both the 'Active' and 'Leave of Absence' lifecycle states, the administrator must grant the access profile for that building access to both lifecycle states.
//!
//! During scheduled refreshes, Identity Security Cloud evaluates lifecycle states to determine whether their assigned identities have the access defined in the lifecycle states' access profiles.
//! If the identities are missing access, Identity Security Cloud provisions that access.
//!
//! Administrators can also use the 'Provisioning' tab to configure email notifications for Identity Security Cloud to send whenever an identity with that identity profile has a lifecycle state change.
//! Refer to [Configuring Lifecycle State Notifications](https://documentation.sailpoint.com/saas/help/provisioning/lifecycle.html#configuring-lifecycle-state-notifications) for more information on how to do so.
//!
//! An identity's lifecycle state can have four different statuses: the lifecycle state's status can be 'Active,' it can be 'Not Set,' it can be 'Not Valid,' or it 'Does Not Match Technical Name Case.'
//! Refer to [Moving Identities into Lifecycle States](https://documentation.sailpoint.com/saas/help/provisioning/lifecycle.html#moving-identities-into-lifecycle-states) for more information about these different lifecycle state statuses.
//!
//! Refer to [Setting Up Lifecycle States](https://documentation.sailpoint.com/saas/help/provisioning/lifecycle.html) for more information about lifecycle states.
#[allow(unused_imports)]
use crate::{models, runtime};
/// Operations tagged `Lifecycle States`; get it with the client's accessor.
#[derive(Debug, Clone)]
pub struct LifecycleStatesApi {
    client: crate::Client,
}
impl LifecycleStatesApi {
    pub(crate) fn new(client: crate::Client) -> Self {
        LifecycleStatesApi { client }
    }
    /// Create lifecycle state
    ///
    /// Use this endpoint to create a lifecycle state.
    ///
    /// `POST /identity-profiles/{identity-profile-id}/lifecycle-states` (operation `createLifecycleState`).
    ///
    /// Arguments:
    ///
    /// - `identity_profile_id`: Identity profile ID. Example: `"2b838de9-db9b-abcf-e646-d4f274ad4238"`.
    /// - `body`: Lifecycle state to be created.
    pub fn create_lifecycle_state(
        &self,
        identity_profile_id: impl Into<String>,
        body: models::LifecycleState,
    ) -> CreateLifecycleState {
        CreateLifecycleState {
            client: self.client.clone(),
            identity_profile_id: identity_profile_id.into(),
            body,
        }
    }
    /// Delete lifecycle state
    ///
    /// Use this endpoint to delete the lifecycle state by its ID.
    ///
    /// `DELETE /identity-profiles/{identity-profile-id}/lifecycle-states/{lifecycle-state-id}` (operation `deleteLifecycleState`).
    ///
    /// Arguments:
    ///
    /// - `identity_profile_id`: Identity profile ID. Example: `"2b838de9-db9b-abcf-e646-d4f274ad4238"`.
    /// - `lifecycle_state_id`: Lifecycle state ID. Example: `"ef38f94347e94562b5bb8424a56397d8"`.
    pub fn delete_lifecycle_state(
        &self,
        identity_profile_id: impl Into<String>,
        lifecycle_state_id: impl Into<String>,
    ) -> DeleteLifecycleState {
        DeleteLifecycleState {
            client: self.client.clone(),
            identity_profile_id: identity_profile_id.into(),
            lifecycle_state_id: lifecycle_state_id.into(),
        }
    }
    /// Get lifecycle state
    ///
    /// Use this endpoint to get a lifecycle state by its ID and its associated identity profile ID.
    ///
    /// `GET /identity-profiles/{identity-profile-id}/lifecycle-states/{lifecycle-state-id}` (operation `getLifecycleState`).
    ///
    /// Arguments:
    ///
    /// - `identity_profile_id`: Identity profile ID. Example: `"2b838de9-db9b-abcf-e646-d4f274ad4238"`.
    /// - `lifecycle_state_id`: Lifecycle state ID. Example: `"ef38f94347e94562b5bb8424a56397d8"`.
    pub fn get_lifecycle_state(
        &self,
        identity_profile_id: impl Into<String>,
        lifecycle_state_id: impl Into<String>,
    ) -> GetLifecycleState {
        GetLifecycleState {
            client: self.client.clone(),
            identity_profile_id: identity_profile_id.into(),
            lifecycle_state_id: lifecycle_state_id.into(),
        }
    }
    /// Lists lifecyclestates
    ///
    /// Use this endpoint to list all lifecycle states by their associated identity profiles.
    ///
    /// `GET /identity-profiles/{identity-profile-id}/lifecycle-states` (operation `getLifecycleStates`).
    ///
    /// Arguments:
    ///
    /// - `identity_profile_id`: Identity profile ID. Example: `"2b838de9-db9b-abcf-e646-d4f274ad4238"`.
    pub fn get_lifecycle_states(
        &self,
        identity_profile_id: impl Into<String>,
    ) -> GetLifecycleStates {
        GetLifecycleStates {
            client: self.client.clone(),
            identity_profile_id: identity_profile_id.into(),
            limit: None,
            offset: None,
            count: None,
            sorters: None,
        }
    }
    /// Set lifecycle state
    ///
    /// Use this API to set/update an identity's lifecycle state to the one provided and update the corresponding identity profile.
    ///
    /// `POST /identities/{identity-id}/set-lifecycle-state` (operation `setLifecycleState`).
    ///
    /// Arguments:
    ///
    /// - `identity_id`: ID of the identity to update. Example: `"2c9180857893f1290178944561990364"`.
    /// - `body`: The request body (`application/json`).
    pub fn set_lifecycle_state(
        &self,
        identity_id: impl Into<String>,
        body: models::SetLifecycleStateRequest,
    ) -> SetLifecycleState {
        SetLifecycleState {
            client: self.client.clone(),
            identity_id: identity_id.into(),
            body,
        }
    }
    /// Update lifecycle state
    ///
    /// Use this endpoint to update individual lifecycle state fields, using the [JSON Patch](https://tools.ietf.org/html/rfc6902) standard.
    ///
    /// `PATCH /identity-profiles/{identity-profile-id}/lifecycle-states/{lifecycle-state-id}` (operation `updateLifecycleStates`).
    ///
    /// Arguments:
    ///
    /// - `identity_profile_id`: Identity profile ID. Example: `"2b838de9-db9b-abcf-e646-d4f274ad4238"`.
    /// - `lifecycle_state_id`: Lifecycle state ID. Example: `"ef38f94347e94562b5bb8424a56397d8"`.
    /// - `body`: A list of lifecycle state update operations according to the [JSON Patch](https://tools.ietf.org/html/rfc6902) standard. The following fields can be updated: * enabled * description * accountActions * accessProfileIds * emailNotificationOption
    pub fn update_lifecycle_states(
        &self,
        identity_profile_id: impl Into<String>,
        lifecycle_state_id: impl Into<String>,
        body: Vec<models::JsonPatchOperation>,
    ) -> UpdateLifecycleStates {
        UpdateLifecycleStates {
            client: self.client.clone(),
            identity_profile_id: identity_profile_id.into(),
            lifecycle_state_id: lifecycle_state_id.into(),
            body,
        }
    }
}
/// Request builder of [`LifecycleStatesApi::create_lifecycle_state`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct CreateLifecycleState {
    client: crate::Client,
    identity_profile_id: String,
    body: models::LifecycleState,
}
impl CreateLifecycleState {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/identity-profiles/",
            &runtime::encode::path_param(&self.identity_profile_id, false)?,
            "/lifecycle-states",
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
        {
            let body = &self.body;
            req = req.json(body)?;
        }
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<models::LifecycleState>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    CreateLifecycleState, models::LifecycleState, CreateLifecycleStateError
);
/// The errors of [`CreateLifecycleState`]: [`crate::errors::Error400_401_403_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type CreateLifecycleStateError = crate::errors::Error400_401_403_429_500;
/// Request builder of [`LifecycleStatesApi::delete_lifecycle_state`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct DeleteLifecycleState {
    client: crate::Client,
    identity_profile_id: String,
    lifecycle_state_id: String,
}
impl DeleteLifecycleState {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/identity-profiles/",
            &runtime::encode::path_param(&self.identity_profile_id, false)?,
            "/lifecycle-states/",
            &runtime::encode::path_param(&self.lifecycle_state_id, false)?,
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
        Output = runtime::Result<models::LifecyclestateDeleted>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    DeleteLifecycleState, models::LifecyclestateDeleted, DeleteLifecycleStateError
);
/// The errors of [`DeleteLifecycleState`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type DeleteLifecycleStateError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`LifecycleStatesApi::get_lifecycle_state`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetLifecycleState {
    client: crate::Client,
    identity_profile_id: String,
    lifecycle_state_id: String,
}
impl GetLifecycleState {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/identity-profiles/",
            &runtime::encode::path_param(&self.identity_profile_id, false)?,
            "/lifecycle-states/",
            &runtime::encode::path_param(&self.lifecycle_state_id, false)?,
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
        Output = runtime::Result<models::LifecycleState>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    GetLifecycleState, models::LifecycleState, GetLifecycleStateError
);
/// The errors of [`GetLifecycleState`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type GetLifecycleStateError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`LifecycleStatesApi::get_lifecycle_states`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetLifecycleStates {
    client: crate::Client,
    identity_profile_id: String,
    limit: Option<i32>,
    offset: Option<i32>,
    count: Option<bool>,
    sorters: Option<String>,
}
impl GetLifecycleStates {
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
    /// Sort results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#sorting-results)
    ///
    /// Sorting is supported for the following fields: **name, priority, created, modified**
    ///
    /// Example: `"created,modified"`.
    pub fn sorters(mut self, value: impl Into<String>) -> Self {
        self.sorters = Some(value.into());
        self
    }
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/identity-profiles/",
            &runtime::encode::path_param(&self.identity_profile_id, false)?,
            "/lifecycle-states",
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
        if let Some(v) = &self.sorters {
            req = req.query("sorters", v, "form", true)?;
        }
        req = req.accept("application/json")?;
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<Vec<models::LifecycleState>>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
    /// Every item of the list, fetching pages lazily (`limit` items per page, clamped to the documented maximum, from `offset`). The stream ends after a short page, at `X-Total-Count` when the request asks for the total, or when the server answers that the offset after a full last page is invalid.
    pub fn stream(
        self,
    ) -> runtime::BoxStream<'static, runtime::Result<models::LifecycleState>> {
        self.paged(None)
    }
    /// Like [`Self::stream`], ending after at most `max_items` items (the last page asks
    /// only for what is still wanted); the page size stays `limit`.
    pub fn stream_at_most(
        self,
        max_items: u64,
    ) -> runtime::BoxStream<'static, runtime::Result<models::LifecycleState>> {
        self.paged(Some(max_items))
    }
    fn paged(
        self,
        max_items: Option<u64>,
    ) -> runtime::BoxStream<'static, runtime::Result<models::LifecycleState>> {
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
    GetLifecycleStates, Vec < models::LifecycleState >, GetLifecycleStatesError
);
/// The errors of [`GetLifecycleStates`]: [`crate::errors::Error400_401_403_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type GetLifecycleStatesError = crate::errors::Error400_401_403_429_500;
/// Request builder of [`LifecycleStatesApi::set_lifecycle_state`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct SetLifecycleState {
    client: crate::Client,
    identity_id: String,
    body: models::SetLifecycleStateRequest,
}
impl SetLifecycleState {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/identities/",
            &runtime::encode::path_param(&self.identity_id, false)?,
            "/set-lifecycle-state",
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
        {
            let body = &self.body;
            req = req.json(body)?;
        }
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<models::SetLifecycleStateResponse>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    SetLifecycleState, models::SetLifecycleStateResponse, SetLifecycleStateError
);
/// The errors of [`SetLifecycleState`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type SetLifecycleStateError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`LifecycleStatesApi::update_lifecycle_states`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct UpdateLifecycleStates {
    client: crate::Client,
    identity_profile_id: String,
    lifecycle_state_id: String,
    body: Vec<models::JsonPatchOperation>,
}
impl UpdateLifecycleStates {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/identity-profiles/",
            &runtime::encode::path_param(&self.identity_profile_id, false)?,
            "/lifecycle-states/",
            &runtime::encode::path_param(&self.lifecycle_state_id, false)?,
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
        Output = runtime::Result<models::LifecycleState>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    UpdateLifecycleStates, models::LifecycleState, UpdateLifecycleStatesError
);
/// The errors of [`UpdateLifecycleStates`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type UpdateLifecycleStatesError = crate::errors::Error400_401_403_404_429_500;
