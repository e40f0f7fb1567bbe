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
    /// `POST /sod-violations/predict` (operation `startPredictSodViolations`).
    ///
    /// Arguments:
    ///
    /// - `body`: The request body (`application/json`).
    pub fn start_predict_sod_violations(
        &self,
        body: models::IdentityWithNewAccess,
    ) -> StartPredictSodViolations {
        StartPredictSodViolations {
            client: self.client.clone(),
            body,
        }
    }
    /// Check sod violations
    ///
    /// This API initiates a SOD policy verification asynchronously.
    ///
    /// `POST /sod-violations/check` (operation `startViolationCheck`).
    ///
    /// Arguments:
    ///
    /// - `body`: The request body (`application/json`).
    pub fn start_violation_check(
        &self,
        body: models::IdentityWithNewAccess,
    ) -> StartViolationCheck {
        StartViolationCheck {
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
    async fn decode(
        resp: runtime::Response,
    ) -> runtime::Result<models::ViolationPrediction> {
        resp.json().await
    }
    async fn decode_error(resp: runtime::Response) -> runtime::Error {
        match resp.status().as_u16() {
            400 | 403 | 404 | 500 => resp.error::<models::ErrorResponseDto>().await,
            401 => resp.error::<models::ListAccessProfilesResponse401>().await,
            429 => resp.error::<models::ListAccessProfilesResponse429>().await,
            _ => resp.error_untyped().await,
        }
    }
}
runtime::send_methods!(StartPredictSodViolations, models::ViolationPrediction);
/// Request builder of [`SodViolationsApi::start_violation_check`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct StartViolationCheck {
    client: crate::Client,
    body: models::IdentityWithNewAccess,
}
impl StartViolationCheck {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = "/sod-violations/check".to_string();
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
    async fn decode(
        resp: runtime::Response,
    ) -> runtime::Result<models::SodViolationCheck> {
        resp.json().await
    }
    async fn decode_error(resp: runtime::Response) -> runtime::Error {
        match resp.status().as_u16() {
            400 | 403 | 404 | 500 => resp.error::<models::ErrorResponseDto>().await,
            401 => resp.error::<models::ListAccessProfilesResponse401>().await,
            429 => resp.error::<models::ListAccessProfilesResponse429>().await,
            _ => resp.error_untyped().await,
        }
    }
}
runtime::send_methods!(StartViolationCheck, models::SodViolationCheck);
