//! Operations tagged `SOD Violations`.
//!
//! Use this API to check for current "separation of duties" (SOD) policy violations as well as potential future SOD policy violations.
//! With SOD violation functionality in place, administrators can get information about current SOD policy violations and predict whether an access change will trigger new violations, which helps to prevent them from occurring at all.
//!
//! "Separation of duties" refers to the concept that people shouldn't have conflicting sets of access - all their access should be configured in a way that protects your organization's assets and data.
//! For example, people who record monetary transactions shouldn't be able to issue payment for those transactions.
//! Any changes to major system configurations should be approved by someone other than the person requesting the change.
//!
//! Organizations can use "separation of duties" (SOD) policies to enforce and track their internal security rules throughout their tenants.
//! These SOD policies limit each user's involvement in important processes and protects the organization from individuals gaining excessive access.
//!
//! Once a SOD policy is in place, if an identity has conflicting access items, a SOD violation will trigger.
//! These violations are included in SOD violation reports that other users will see in emails at regular intervals if they're subscribed to the SOD policy.
//! The other users can then better help to enforce these SOD policies.
//!
//! Administrators can use the SOD violations APIs to check a set of identities for any current SOD violations, and they can use them to check whether adding an access item would potentially trigger a SOD violation.
//! This second option is a good way to prevent SOD violations from triggering at all.
//!
//! Refer to [Handling Policy Violations](https://documentation.sailpoint.com/saas/help/sod/policy-violations.html) for more information about SOD policy violations.
#[allow(unused_imports)]
use crate::{models, runtime};
/// Operations tagged `SOD Violations`; get it with the client's accessor.
#[derive(Debug, Clone)]
pub struct SodViolationsApi {
    client: crate::Client,
}
impl SodViolationsApi {
    pub(crate) fn new(client: crate::Client) -> Self {
        SodViolationsApi { client }
    }
    /// Predict sod violations for identity.
    ///
    /// This API is used to check if granting some additional accesses would cause the subject to be in violation of any SOD policies. Returns the violations that would be caused.
    ///
    /// A token with ORG_ADMIN or API authority is required to call this API.
    ///
    /// `POST /sod-violations/predict` (operation `startPredictSodViolations`).
    ///
    /// Arguments:
    ///
    /// - `body`: The request body (`application/json`).
    #[deprecated]
    pub fn start_predict_sod_violations(
        &self,
        body: models::IdentityWithNewAccess,
    ) -> StartPredictSodViolations {
        StartPredictSodViolations {
            client: self.client.clone(),
            body,
        }
    }
}
/// Request builder of [`SodViolationsApi::start_predict_sod_violations`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct StartPredictSodViolations {
    client: crate::Client,
    body: models::IdentityWithNewAccess,
}
impl StartPredictSodViolations {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = "/sod-violations/predict".to_string();
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
        Output = runtime::Result<models::ViolationPrediction>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    StartPredictSodViolations, models::ViolationPrediction,
    StartPredictSodViolationsError
);
/// The errors of [`StartPredictSodViolations`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type StartPredictSodViolationsError = crate::errors::Error400_401_403_404_429_500;
