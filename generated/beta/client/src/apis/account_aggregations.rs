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
    ///
    /// A token with ORG_ADMIN, SOURCE_ADMIN, SOURCE_SUBADMIN or DASHBOARD authority is required to call this API.
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
    async fn decode(
        resp: runtime::Response,
    ) -> runtime::Result<models::AccountAggregation> {
        resp.json().await
    }
    async fn decode_error(resp: runtime::Response) -> runtime::Error {
        match resp.status().as_u16() {
            401 => {
                resp.error::<models::ListAccessModelMetadataAttributeResponse401>().await
            }
            403 | 404 | 500 => resp.error::<models::ErrorResponseDtoV3>().await,
            429 => {
                resp.error::<models::ListAccessModelMetadataAttributeResponse429>().await
            }
            _ => resp.error_untyped().await,
        }
    }
}
runtime::send_methods!(GetAccountAggregationStatus, models::AccountAggregation);
