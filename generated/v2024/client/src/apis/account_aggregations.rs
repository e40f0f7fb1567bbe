//! Operations tagged `Account Aggregations`.
//!
//! Use this API to implement account aggregation progress tracking functionality.
//! With this functionality in place, administrators can view in-progress account aggregations, their statuses, and their relevant details.
//!
//! An account aggregation refers to the process Identity Security Cloud uses to gather and load account data from a source into Identity Security Cloud.
//!
//! Whenever Identity Security Cloud is in the process of aggregating a source, it adds an entry to the Aggregation Activity Log, along with its relevant details.
//! To view aggregation activity, administrators can select the Connections drop-down menu, select Sources, and select the relevant source, select its Import Data tab, and select Account Aggregation.
//! In Account Aggregation, administrators can view the account aggregations' statuses and details in the Account Activity Log.
//!
//! Refer to [Loading Account Data](https://documentation.sailpoint.com/saas/help/accounts/loading_data.html) for more information about account aggregations.
#[allow(unused_imports)]
use crate::{models, runtime};
/// Operations tagged `Account Aggregations`; get it with the client's accessor.
#[derive(Debug, Clone)]
pub struct AccountAggregationsApi {
    client: crate::Client,
}
impl AccountAggregationsApi {
    pub(crate) fn new(client: crate::Client) -> Self {
        AccountAggregationsApi { client }
    }
    /// In-progress account aggregation status
    ///
    /// This API returns the status of an *in-progress* account aggregation, along with the total number of **NEW**, **CHANGED** and **DELETED** accounts found since the previous aggregation, and the number of those accounts that have been processed so far.
    ///
    /// Accounts that have not changed since the previous aggregation are not included in **totalAccounts** and **processedAccounts** counts returned by this API. This is distinct from **Accounts Scanned** shown in the Aggregation UI, which indicates total accounts scanned regardless of whether they changed or not.
    ///
    /// Since this endpoint reports on the status of an *in-progress* account aggregation, totalAccounts and processedAccounts may change between calls to this endpoint.
    ///
    /// *Only available up to an hour after the aggregation completes. May respond with *404 Not Found* after that.*
    /// required to call this API.
    ///
    /// `GET /account-aggregations/{id}/status` (operation `getAccountAggregationStatus`).
    ///
    /// Arguments:
    ///
    /// - `id`: The account aggregation id Example: `"2c91808477a6b0c60177a81146b8110b"`.
    pub fn get_account_aggregation_status(
        &self,
        id: impl Into<String>,
    ) -> GetAccountAggregationStatus {
        GetAccountAggregationStatus {
            client: self.client.clone(),
            id: id.into(),
        }
    }
}
/// Request builder of [`AccountAggregationsApi::get_account_aggregation_status`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetAccountAggregationStatus {
    client: crate::Client,
    id: String,
}
impl GetAccountAggregationStatus {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/account-aggregations/",
            &runtime::encode::path_param(&self.id, false)?,
            "/status",
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
        Output = runtime::Result<models::AccountAggregationStatus>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    GetAccountAggregationStatus, models::AccountAggregationStatus,
    GetAccountAggregationStatusError
);
/// The errors of [`GetAccountAggregationStatus`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type GetAccountAggregationStatusError = crate::errors::Error400_401_403_404_429_500;
