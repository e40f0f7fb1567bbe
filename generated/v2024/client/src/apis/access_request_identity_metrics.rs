//! Operations tagged `Access Request Identity Metrics`.
//!
//! Use this API to implement access request identity metrics functionality.
//! With this functionality in place, access request reviewers can see relevant details about the requested access item and associated source activity.
//! This allows reviewers to see how many of the identities who share a manager with the access requester have this same type of access and how many of them have had activity in the related source.
//! This additional context about whether the access has been granted before and how often it has been used can help those approving access requests make more informed decisions.
#[allow(unused_imports)]
use crate::{models, runtime};
/// Operations tagged `Access Request Identity Metrics`; get it with the client's accessor.
#[derive(Debug, Clone)]
pub struct AccessRequestIdentityMetricsApi {
    client: crate::Client,
}
impl AccessRequestIdentityMetricsApi {
    pub(crate) fn new(client: crate::Client) -> Self {
        AccessRequestIdentityMetricsApi {
            client,
        }
    }
    /// Return access request identity metrics
    ///
    /// Use this API to return information access metrics.
    ///
    /// `GET /access-request-identity-metrics/{identityId}/requested-objects/{requestedObjectId}/type/{type}` (operation `getAccessRequestIdentityMetrics`).
    ///
    /// Arguments:
    ///
    /// - `identity_id`: Manager's identity ID. Example: `"7025c863-c270-4ba6-beea-edf3cb091573"`.
    /// - `requested_object_id`: Requested access item's ID. Example: `"2db501be-f0fb-4cc5-a695-334133c52891"`.
    /// - `type`: Requested access item's type. Example: `"ENTITLEMENT"`.
    pub fn get_access_request_identity_metrics(
        &self,
        identity_id: impl Into<String>,
        requested_object_id: impl Into<String>,
        r#type: models::GetAccessRequestIdentityMetricsType,
    ) -> GetAccessRequestIdentityMetrics {
        GetAccessRequestIdentityMetrics {
            client: self.client.clone(),
            identity_id: identity_id.into(),
            requested_object_id: requested_object_id.into(),
            r#type,
        }
    }
}
/// Request builder of [`AccessRequestIdentityMetricsApi::get_access_request_identity_metrics`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetAccessRequestIdentityMetrics {
    client: crate::Client,
    identity_id: String,
    requested_object_id: String,
    r#type: models::GetAccessRequestIdentityMetricsType,
}
impl GetAccessRequestIdentityMetrics {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/access-request-identity-metrics/",
            &runtime::encode::path_param(&self.identity_id, false)?,
            "/requested-objects/",
            &runtime::encode::path_param(&self.requested_object_id, false)?,
            "/type/",
            &runtime::encode::path_param(&self.r#type, false)?,
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
        Output = runtime::Result<
            models::primitives::OneOrMany<models::AccessRequestIdentityMetrics>,
        >,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    GetAccessRequestIdentityMetrics, models::primitives::OneOrMany <
    models::AccessRequestIdentityMetrics >, GetAccessRequestIdentityMetricsError
);
/// The errors of [`GetAccessRequestIdentityMetrics`]: [`crate::errors::Error400_401_403_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type GetAccessRequestIdentityMetricsError = crate::errors::Error400_401_403_429_500;
