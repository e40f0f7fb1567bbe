//! Operations tagged `Lifecycle States`.
//!
//! Use this API to implement and customize lifecycle state functionality.
//! With this functionality in place, administrators can view and configure custom lifecycle states for use across their organizations, which is key to controlling which users have access, when they have access, and the access they have.
//!
//! A lifecycle state describes a user's status in a company. For example, two lifecycle states come by default with Identity Security Cloud: 'Active' and 'Inactive.'
//! When an active employee takes an extended leave of absence from a company, his or her lifecycle state may change to 'Inactive,' for security purposes.
//! The inactive employee would lose access to all the applications, sources, and sensitive data during the leave of absence, but when the employee returns and becomes active again, all that access would be restored.
//! This saves administrators the time that would otherwise be spent provisioning the employee's access to each individual tool, reviewing the employee's certification history, etc.
//!
//! Administrators must define the criteria for being in each lifecycle state, and they must define how Identity Security Cloud manages users' access to apps and sources for each lifecycle state.
//!
//! In Identity Security Cloud, administrators can manage lifecycle states by going to Admin &gt; Identities &gt; Identity Profile, selecting the identity profile whose lifecycle states they want to manage, selecting the 'Provisioning' tab, and using the left panel to select the lifecycle state they want to modify.
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
    /// Get lifecycle state
    ///
    /// Use this endpoint to get a lifecycle state by its ID and its associated identity profile ID.
    ///
    /// A token with ORG_ADMIN or API authority is required to call this API.
    ///
    /// `GET /identity-profiles/{identity-profile-id}/lifecycle-states/{lifecycle-state-id}` (operation `getLifecycleStates`).
    ///
    /// Arguments:
    ///
    /// - `identity_profile_id`: Identity Profile ID. Example: `"2b838de9-db9b-abcf-e646-d4f274ad4238"`.
    /// - `lifecycle_state_id`: Lifecycle State ID. Example: `"ef38f94347e94562b5bb8424a56397d8"`.
    pub fn get_lifecycle_states(
        &self,
        identity_profile_id: impl Into<String>,
        lifecycle_state_id: impl Into<String>,
    ) -> GetLifecycleStates {
        GetLifecycleStates {
            client: self.client.clone(),
            identity_profile_id: identity_profile_id.into(),
            lifecycle_state_id: lifecycle_state_id.into(),
        }
    }
    /// Update lifecycle state
    ///
    /// Use this endpoint to update individual lifecycle state fields, using the [JSON Patch](https://tools.ietf.org/html/rfc6902) standard.
    ///
    /// A token with ORG_ADMIN or API authority is required to call this API.
    ///
    /// `PATCH /identity-profiles/{identity-profile-id}/lifecycle-states/{lifecycle-state-id}` (operation `updateLifecycleStates`).
    ///
    /// Arguments:
    ///
    /// - `identity_profile_id`: Identity Profile ID. Example: `"2b838de9-db9b-abcf-e646-d4f274ad4238"`.
    /// - `lifecycle_state_id`: Lifecycle State ID. Example: `"ef38f94347e94562b5bb8424a56397d8"`.
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
/// Request builder of [`LifecycleStatesApi::get_lifecycle_states`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetLifecycleStates {
    client: crate::Client,
    identity_profile_id: String,
    lifecycle_state_id: String,
}
impl GetLifecycleStates {
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
    GetLifecycleStates, models::LifecycleState, GetLifecycleStatesError
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
/// The errors of [`UpdateLifecycleStates`]: [`crate::errors::Error400_401_403_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type UpdateLifecycleStatesError = crate::errors::Error400_401_403_429_500;
