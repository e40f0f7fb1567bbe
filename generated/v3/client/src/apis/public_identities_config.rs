//! Operations tagged `Public Identities Config`.
//!
//! Use this API to implement public identity configuration functionality.
//! With this functionality in place, administrators can make up to 5 identity attributes publicly visible so other non-administrator users can see the relevant information they need to make decisions.
//! This can be helpful for approvers making approvals, certification reviewers, managers viewing their direct reports' access, and source owners viewing their tasks.
//!
//! By default, non-administrators can select an identity and view the following attributes: email, lifecycle state, and manager.
//! However, it may be helpful for a non-administrator reviewer to see other identity attributes like department, region, title, etc.
//! Administrators can use this API to make those necessary identity attributes public to non-administrators.
//!
//! For example, a non-administrator deciding whether to approve another identity's request for access to the Workday application, whose access may be restricted to members of the HR department, would want to know whether the identity is a member of the HR department.
//! If an administrator has used [Update Public Identity Config](https://developer.sailpoint.com/docs/api/v3/update-public-identity-config/) to make the "department" attribute public, the approver can see the department and make a decision without requesting any more information.
#[allow(unused_imports)]
use crate::{models, runtime};
/// Operations tagged `Public Identities Config`; get it with the client's accessor.
#[derive(Debug, Clone)]
pub struct PublicIdentitiesConfigApi {
    client: crate::Client,
}
impl PublicIdentitiesConfigApi {
    pub(crate) fn new(client: crate::Client) -> Self {
        PublicIdentitiesConfigApi {
            client,
        }
    }
    /// Get the public identities configuration
    ///
    /// Returns the publicly visible attributes of an identity available to request approvers for Access Requests and Certification Campaigns.
    ///
    /// `GET /public-identities-config` (operation `getPublicIdentityConfig`).
    pub fn get_public_identity_config(&self) -> GetPublicIdentityConfig {
        GetPublicIdentityConfig {
            client: self.client.clone(),
        }
    }
    /// Update the public identities configuration
    ///
    /// Updates the publicly visible attributes of an identity available to request approvers for Access Requests and Certification Campaigns.
    ///
    /// `PUT /public-identities-config` (operation `updatePublicIdentityConfig`).
    ///
    /// Arguments:
    ///
    /// - `body`: The request body (`application/json`).
    pub fn update_public_identity_config(
        &self,
        body: models::PublicIdentityConfig,
    ) -> UpdatePublicIdentityConfig {
        UpdatePublicIdentityConfig {
            client: self.client.clone(),
            body,
        }
    }
}
/// Request builder of [`PublicIdentitiesConfigApi::get_public_identity_config`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetPublicIdentityConfig {
    client: crate::Client,
}
impl GetPublicIdentityConfig {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = "/public-identities-config".to_string();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(runtime::Method::GET, crate::BASE_PATH, path)
            .product(crate::PRODUCT);
        req = req.accept("application/json")?;
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<models::PublicIdentityConfig>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    GetPublicIdentityConfig, models::PublicIdentityConfig, GetPublicIdentityConfigError
);
/// The errors of [`GetPublicIdentityConfig`]: [`crate::errors::Error400_401_403_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type GetPublicIdentityConfigError = crate::errors::Error400_401_403_429_500;
/// Request builder of [`PublicIdentitiesConfigApi::update_public_identity_config`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct UpdatePublicIdentityConfig {
    client: crate::Client,
    body: models::PublicIdentityConfig,
}
impl UpdatePublicIdentityConfig {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = "/public-identities-config".to_string();
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
        Output = runtime::Result<models::PublicIdentityConfig>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    UpdatePublicIdentityConfig, models::PublicIdentityConfig,
    UpdatePublicIdentityConfigError
);
/// The errors of [`UpdatePublicIdentityConfig`]: [`crate::errors::Error400_401_403_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type UpdatePublicIdentityConfigError = crate::errors::Error400_401_403_429_500;
